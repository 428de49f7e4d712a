using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Petitions;

public enum ImportState
{
    Queued = 1,
    Running = 2,
    Done = 3,
    Failed = 4,
}

/// <summary>
/// A spreadsheet of petitions being imported. The file is stored first; a background worker (on whichever
/// instance claims the job, or takes it over if that instance stopped) checks every row, reports progress here, then imports the valid rows in one
/// transaction. Rows already imported (same content) are skipped, so the same file can be run again.
/// </summary>
public sealed class ImportJob : Entity, IUnitOwned, IPrivateRow
{
    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    public string FileName { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public ImportState State { get; private set; }

    /// <summary>When an instance took the job; a job still running long after is taken again (its instance died).</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }

    public int Total { get; private set; }

    public int Checked { get; private set; }

    public int Imported { get; private set; }

    public int Skipped { get; private set; }

    /// <summary>Rejected rows, one a line: "row number⇥reason".</summary>
    public string Rejected { get; private set; } = "";

    public string? Failure { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    private ImportJob()
    {
    }

    public static ImportJob Queue(Guid unitId, Guid councilId, string fileName, string sha256, string userId, DateTimeOffset at) => new()
    {
        UnitId = unitId,
        CouncilId = councilId,
        FileName = Path.GetFileName(fileName),
        Sha256 = sha256,
        UserId = userId,
        CreatedAt = at,
        State = ImportState.Queued,
    };

    public IEnumerable<(int Row, string Reason)> RejectedRows =>
        Rejected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t', 2)).Select(p => (int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p[1]));

    public void Finish(int total, int imported, int skipped, IEnumerable<(int Row, string Reason)> rejected, DateTimeOffset at)
    {
        Total = total;
        Checked = total;
        Imported = imported;
        Skipped = skipped;
        Rejected = string.Join('\n', rejected.Select(r => $"{r.Row}\t{r.Reason}"));
        State = ImportState.Done;
        FinishedAt = at;
    }

    public void Fail(string reason, DateTimeOffset at)
    {
        Failure = reason;
        State = ImportState.Failed;
        FinishedAt = at;
    }
}
