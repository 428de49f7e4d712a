using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Infrastructure.Files;

public sealed record InspectedFile(string Name, byte[] Bytes, string ContentType, string Sha256);

/// <summary>Reads the files of a form and checks each by content; the first bad file, or one too many, refuses them all.</summary>
public static class UploadedFiles
{
    public static async Task<(Outcome Outcome, IReadOnlyList<InspectedFile> Files)> InspectAsync(IEnumerable<IFormFile>? uploads, int maxCount, CancellationToken ct)
    {
        var files = new List<InspectedFile>();
        foreach (var f in (uploads ?? []).Where(f => f.Length > 0))
        {
            if (files.Count >= maxCount)
            {
                return (FileRefusals.TooManyFiles, []);
            }

            using var buffer = new MemoryStream();
            await f.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            var (outcome, type, sha) = FileInspector.Inspect(bytes);
            if (!outcome.Succeeded)
            {
                return (outcome, []);
            }

            files.Add(new InspectedFile(f.FileName, bytes, type!, sha!));
        }

        return (Outcome.Done, files);
    }

    /// <summary>Writes each file durably before the records that name them are saved.</summary>
    public static async Task SaveAllAsync(this FileStore store, IEnumerable<InspectedFile> files, CancellationToken ct)
    {
        foreach (var f in files)
        {
            await store.SaveAsync(f.Sha256, f.Bytes, ct);
        }
    }
}
