using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Infrastructure.Files;

/// <summary>
/// Attachments on disk under the data folder, addressed by their SHA-256 (files/ab/abcdef…): identical
/// files are stored once, and a file whose bytes no longer match its name has been tampered with.
/// </summary>
public sealed class FileStore(IConfiguration configuration)
{
    private string Root => Path.Combine(DatabaseSetup.DataDirectory(configuration), "files");

    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);

    /// <summary>Writes the bytes durably (flushed to disk) before the caller records them.</summary>
    public async Task SaveAsync(string sha256, byte[] bytes, CancellationToken ct)
    {
        var path = PathOf(sha256);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.WriteThrough))
        {
            await stream.WriteAsync(bytes, ct);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));
}
