using System.Globalization;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Petitions from a spreadsheet (ADR 0009: MiniExcel reads it row by row). The file is queued; the worker
/// checks every row against the same rules as the form, reports progress, then imports all valid rows in
/// one transaction. A row already imported is skipped, so running the same file again adds nothing.
/// </summary>
public sealed class PetitionImport(PetitionDesk desk, PetitionIntake intake, FileStore files, ImportSignal signal)
{
    public static readonly string[] Columns =
        ["Ngày tiếp nhận", "Kênh", "Loại", "Tiêu đề", "Nội dung", "Phường", "Địa chỉ", "Số cử tri", "Họ tên", "Email", "Điện thoại", "Nguồn"];

    public const int MaxRows = 50000;

    /// <summary>Stores the file and queues the job; the worker picks it up on this or any other instance.</summary>
    public async Task<(Outcome Outcome, ImportJob? Job)> QueueAsync(Guid councilId, string fileName, byte[] bytes, CancellationToken ct)
    {
        var (outcome, type, sha) = FileInspector.Inspect(bytes);
        if (!outcome.Succeeded || type != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        {
            return (outcome.Succeeded ? ImportRefusals.NotXlsx : outcome, null);
        }

        var council = await desk.Db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == councilId && b.Kind == BodyKind.Council, ct);
        if (council is null)
        {
            return (PetitionRefusals.CouncilUnknown, null);
        }

        await files.SaveAsync(sha!, bytes, ct);
        var job = ImportJob.Queue(council.UnitId, council.Id, fileName, sha!, desk.Actor.UserId ?? "", desk.Now);
        desk.Db.ImportJobs.Add(job);
        await desk.Db.SaveChangesAsync(ct);
        signal.Wake();
        return (Outcome.Done, job);
    }

    /// <summary>The template: the header row and one example row.</summary>
    public static byte[] Template()
    {
        var example = new Dictionary<string, object?>
        {
            ["Ngày tiếp nhận"] = "15/06/2023", ["Kênh"] = "Tiếp xúc cử tri", ["Loại"] = "Kiến nghị, phản ánh",
            ["Tiêu đề"] = "Đề nghị sửa chữa mặt đường ngõ 165 Cầu Giấy", ["Nội dung"] = "Mặt đường xuống cấp, nhiều ổ gà, mưa xuống ngập úng.",
            ["Phường"] = "Quan Hoa", ["Địa chỉ"] = "Ngõ 165 Cầu Giấy", ["Số cử tri"] = 3, ["Họ tên"] = "", ["Email"] = "", ["Điện thoại"] = "",
            ["Nguồn"] = "Tổ đại biểu số 6, tiếp xúc cử tri trước kỳ họp",
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[] { example });
        return stream.ToArray();
    }

    /// <summary>Runs a claimed job to the end. Progress is written as rows are checked; the import itself is one transaction.</summary>
    public async Task RunAsync(Guid jobId, CancellationToken ct)
    {
        var db = desk.Db;
        var job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, ct);
        var council = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == job.CouncilId, ct);
        List<IDictionary<string, object?>> rows;
        await using (var stream = files.Open(job.Sha256))
        {
            rows = [.. MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1)];
        }

        if (rows.Count > MaxRows || rows.Count > 0 && !Columns.Take(5).All(rows[0].ContainsKey))
        {
            job.Fail(rows.Count > MaxRows ? ImportRefusals.TooManyRows.Message : ImportRefusals.Columns.Message, desk.Now);
            await db.SaveChangesAsync(ct);
            return;
        }

        await db.WriteAloneAsync(t => db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.Total, rows.Count), t), ct);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        var accepted = new List<(int Row, PetitionIntake.Submission Submission, string Key, DateOnly On)>();
        var rejected = new List<(int Row, string Reason)>();
        var skipped = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNumber = i + 2; // the header is row 1
            var (outcome, submission) = Parse(rows[i], job.CouncilId);
            if (!outcome.Succeeded)
            {
                rejected.Add((rowNumber, outcome.Refusal!.Message));
            }
            else
            {
                var key = PetitionIntake.KeyOf(council.Id, submission!, submission!.ReceivedOn!.Value);
                if (existing.Contains(key) || await db.Petitions.AnyAsync(p => p.DedupKey == key, ct))
                {
                    skipped++;
                }
                else
                {
                    existing.Add(key);
                    accepted.Add((rowNumber, submission, key, submission.ReceivedOn.Value));
                }
            }

            if (i % 100 == 99)
            {
                var done = i + 1;
                await db.WriteAloneAsync(t => db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.Checked, done), t), ct);
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (_, submission, key, on) in accepted)
        {
            intake.Stage(council, submission, key, on, [], $"Nhập từ tệp {job.FileName}");
        }

        job.Finish(rows.Count, accepted.Count, skipped, rejected, desk.Now);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>One row, read with the form's rules; a reason in Vietnamese when it cannot be imported.</summary>
    public static (Outcome, PetitionIntake.Submission?) Parse(IDictionary<string, object?> row, Guid councilId)
    {
        string? Text(string column) => row.TryGetValue(column, out var v) && v is not null && Convert.ToString(v, CultureInfo.InvariantCulture) is { } s && s.Trim().Length > 0 ? s.Trim() : null;

        DateOnly? received = row.TryGetValue("Ngày tiếp nhận", out var d) ? d switch
        {
            DateTime dt => DateOnly.FromDateTime(dt),
            double serial => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
            string s when DateOnly.TryParseExact(s.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var x) => x,
            _ => null,
        } : null;
        if (received is null)
        {
            return (ImportRefusals.Date, null);
        }

        var channel = Text("Kênh") is { } c ? ParseChannel(c) : PetitionChannel.Import;
        if (channel is null)
        {
            return (ImportRefusals.Channel, null);
        }

        var kind = Text("Loại") is { } k ? ParseKind(k) : PetitionKind.Feedback;
        if (kind is null)
        {
            return (ImportRefusals.Kind, null);
        }

        var votersText = Text("Số cử tri");
        if (votersText is not null && !int.TryParse(votersText, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return (PetitionRefusals.VotersOutOfRange, null);
        }

        var voters = votersText is null ? 1 : int.Parse(votersText, CultureInfo.InvariantCulture);
        var draft = new Petition.Draft(kind.Value, channel.Value, Text("Tiêu đề") ?? "", Text("Nội dung") ?? "", Text("Phường"), Text("Địa chỉ"), voters, Source: Text("Nguồn"));
        var submission = new PetitionIntake.Submission(councilId, draft, Text("Họ tên"), Text("Email"), Text("Điện thoại"), Text("Địa chỉ"), null, false, true,
            Text("Email") is not null, [], received);
        var outcome = PetitionIntake.Check(submission);
        return outcome.Succeeded ? (outcome, submission) : (outcome, null);
    }

    private static PetitionChannel? ParseChannel(string text)
    {
        var folded = VietnameseText.Fold(text);
        return Enum.GetValues<PetitionChannel>().Where(c => c != PetitionChannel.Compiled).Cast<PetitionChannel?>()
            .FirstOrDefault(c => VietnameseText.Fold(PetitionNames.Of(c!.Value)) == folded);
    }

    private static PetitionKind? ParseKind(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.StartsWith("to cao", StringComparison.Ordinal) ? PetitionKind.Denunciation
            : folded.StartsWith("khieu nai", StringComparison.Ordinal) ? PetitionKind.Complaint
            : folded.StartsWith("kien nghi", StringComparison.Ordinal) || folded.StartsWith("phan anh", StringComparison.Ordinal) ? PetitionKind.Feedback
            : null;
    }
}

public static class ImportRefusals
{
    public static readonly Refusal NotXlsx = new("import-not-xlsx", "Chỉ nhận tệp Excel (.xlsx) theo mẫu.");
    public static readonly Refusal Columns = new("import-columns", "Tệp không đúng mẫu: thiếu cột Ngày tiếp nhận, Kênh, Loại, Tiêu đề hoặc Nội dung.");
    public static readonly Refusal TooManyRows = new("import-rows", "Tệp có quá 50.000 dòng; hãy chia thành nhiều tệp.");
    public static readonly Refusal Date = new("import-date", "Ngày tiếp nhận trống hoặc không đúng dạng dd/MM/yyyy.");
    public static readonly Refusal Channel = new("import-channel", "Kênh tiếp nhận không có trong danh mục (Tiếp xúc cử tri, Tiếp công dân, Ủy ban MTTQ tổng hợp, Cổng trực tuyến, Hội nghị đối thoại, Nhập từ tệp).");
    public static readonly Refusal Kind = new("import-kind", "Loại đơn phải là Kiến nghị, phản ánh; Khiếu nại; hoặc Tố cáo.");
}

/// <summary>Wakes the import worker of this instance when a job is queued here; other instances find it on their next poll.</summary>
public sealed class ImportSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Dispose() => _signal.Dispose();

    public void Wake() => _signal.Release();

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>
/// Runs queued imports. A job is claimed with a conditional update (Queued → Running), so with several
/// instances each job runs exactly once.
/// </summary>
public sealed class ImportWorker(IServiceScopeFactory scopes, ImportSignal signal, TimeProvider time, ILogger<ImportWorker> log) : BackgroundService
{
    /// <summary>A job running this long has lost its instance; an import of 50,000 rows takes a few minutes.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                while (await RunNextAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // The database may not be ready yet (first start, migration running): try again on the next round.
                log.LogWarning(e, "Import worker could not look for jobs");
            }
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DongThuanDb>();
        var now = time.GetUtcNow();
        var stale = now - StaleAfter;
        // A queued job, or one whose instance stopped mid-way (nothing of it was committed: the import is one transaction).
        var next = await db.ImportJobs.AsNoTracking()
            .Where(j => j.State == ImportState.Queued || (j.State == ImportState.Running && j.ClaimedAt < stale))
            .OrderBy(j => j.CreatedAt).Select(j => new { j.Id, j.State, j.ClaimedAt }).FirstOrDefaultAsync(ct);
        if (next is null)
        {
            return false;
        }

        var id = next.Id;
        var claimed = await db.WriteAloneAsync(t => db.ImportJobs.Where(j => j.Id == id && j.State == next.State && j.ClaimedAt == next.ClaimedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportState.Running).SetProperty(j => j.ClaimedAt, now), t), ct);
        if (claimed != 1)
        {
            return true;
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<PetitionImport>().RunAsync(id, ct);
            log.LogInformation("Import job {Job} finished", id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Import job {Job} failed", id);
            await using var failScope = scopes.CreateAsyncScope();
            var failDb = failScope.ServiceProvider.GetRequiredService<DongThuanDb>();
            var job = await failDb.ImportJobs.SingleAsync(j => j.Id == id, ct);
            job.Fail(ImportRefusals.Columns.Message, time.GetUtcNow());
            await failDb.SaveChangesAsync(ct);
        }

        return true;
    }
}
