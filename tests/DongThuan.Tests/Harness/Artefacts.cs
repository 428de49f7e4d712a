namespace DongThuan.Tests.Harness;

/// <summary>
/// Generated documents kept beside the test binaries (<c>documents/</c>), so a run leaves the PDFs the tests read back;
/// CI renders them to PNG (<c>.ci/run</c>) for whoever wants to look at what the office would print.
/// </summary>
public static class Artefacts
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "documents");

    public static void Keep(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(Path.Combine(Folder, name), bytes);
    }
}
