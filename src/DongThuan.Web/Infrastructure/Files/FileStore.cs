using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Infrastructure.Files;

/// <summary>
/// Attachments on disk under the data folder, addressed by their SHA-256 (files/ab/abcdef…): identical
/// files are stored once, and a file whose bytes no longer match its name has been tampered with.
/// </summary>
public sealed class FileStore(IConfiguration configuration)
{
    /// <summary>The folder of the files: <c>files</c> in the data folder.</summary>
    public string Root => Path.Combine(DatabaseSetup.DataDirectory(configuration), "files");

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

    /// <summary>Every stored file, by its path relative to <see cref="Root"/>; a write still in progress (<c>.tmp</c>) is not one.</summary>
    public IEnumerable<(string RelativePath, string FullPath)> All() =>
        Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                .Select(f => (Path.GetRelativePath(Root, f).Replace('\\', '/'), f))
            : [];

    /// <summary>Reads every stored file back: those whose bytes still hash to their name, and those that no longer do.</summary>
    public async Task<(HashSet<string> Intact, List<string> Altered)> CheckAsync(CancellationToken ct)
    {
        var intact = new HashSet<string>(StringComparer.Ordinal);
        var altered = new List<string>();
        foreach (var (relative, full) in All())
        {
            await using var s = File.OpenRead(full);
            var sha = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(s, ct));
            if (sha == Path.GetFileName(full))
            {
                intact.Add(sha);
            }
            else
            {
                altered.Add(relative);
            }
        }

        return (intact, altered);
    }
}
