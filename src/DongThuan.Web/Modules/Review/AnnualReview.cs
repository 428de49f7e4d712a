using System.Globalization;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using DongThuan.Web.Modules.Statistics;
using DongThuan.Web.Modules.Supervision;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Review;

/// <summary>A row of the report's tables: a figure, or one slice of its breakdown (<see cref="Key"/>), and the link to its records.</summary>
public sealed record ReportLine(string Label, string Code, string? Key, int Count, string Value, bool IsSlice, string RecordsUrl);

public sealed record ReportSection(string Title, IReadOnlyList<ReportLine> Lines);

/// <summary>Everything the report says, computed once and rendered as the page, the DOCX, the PDF, the XLSX and the API.</summary>
public sealed record AnnualReviewContent(Body Council, Unit Unit, int Year, StatisticScope Scope, IReadOnlyDictionary<string, Figure> Figures,
    IReadOnlyList<ReportSection> Sections, IReadOnlyList<Limitation> Limitations, AnnualReportDraft Draft, bool DraftSaved)
{
    public int Count(string code) => Figures[code].Count;

    public double? Value(string code) => Figures[code].Value;
}

/// <summary>
/// Builds a council's year-end report from the registered statistics: the sections and their figures, the
/// limitations derived from them, and the people-written parts from the stored draft (or its defaults).
/// </summary>
public sealed class AnnualReview(DongThuanDb db, Figures figures, TimeProvider time)
{
    /// <summary>Which figures the report shows, in which section, and whether each is broken down.</summary>
    private static readonly (string Section, (string Code, bool Breakdown)[] Lines)[] Layout =
    [
        ("Kỳ họp", [(SessionsStatistics.Regular, false), (SessionsStatistics.Thematic, false), (SessionsStatistics.Urgent, false),
            (SessionsStatistics.DocumentsReviewed, true), (SessionsStatistics.Resolutions, false),
            (SessionsStatistics.GroupOpinions, false), (SessionsStatistics.GroupOpinionsAnswered, false), (SessionsStatistics.GroupOpinionsUnanswered, false)]),
        ("Chất vấn và giải trình", [(QuestionsStatistics.Asked, true), (QuestionsStatistics.Answered, false), (QuestionsStatistics.AnsweredOnTime, false),
            (QuestionsStatistics.AnsweredLate, false), (QuestionsStatistics.Overdue, false), (QuestionsStatistics.MedianDays, false),
            (QuestionsStatistics.NotSatisfied, false), (QuestionsStatistics.Explanations, false)]),
        ("Kiến nghị của cử tri", [(PetitionsStatistics.Received, true), (PetitionsStatistics.ByField, true), (PetitionsStatistics.ByLevel, true),
            (PetitionsStatistics.ByState, true), (PetitionsStatistics.Answered, false), (PetitionsStatistics.AnsweredOnTime, false),
            (PetitionsStatistics.AnsweredLate, false), (PetitionsStatistics.Overdue, false), (PetitionsStatistics.MedianWorkingDays, false),
            (PetitionsStatistics.Reopened, false)]),
        ("Giám sát", [(SupervisionStatistics.Missions, true), (SupervisionStatistics.Recommendations, true), (SupervisionStatistics.Done, false),
            (SupervisionStatistics.Overdue, false), (SupervisionStatistics.ReSupervised, true)]),
        ("Phối hợp và thi đua", [(CoordinationStatistics.Tasks, false), (CoordinationStatistics.DoneOnTime, false), (CoordinationStatistics.DoneLate, false),
            (CoordinationStatistics.NotDone, false), (CoordinationStatistics.Overdue, false), (CoordinationStatistics.Movements, false), (CoordinationStatistics.Commendations, true)]),
        ("Thực hiện nghĩa vụ trả lời, giải quyết", [(ObligationsStatistics.Due, false), (ObligationsStatistics.OnTime, false), (ObligationsStatistics.Late, true)]),
    ];

    /// <summary>The section titles, in order (keys of their translations).</summary>
    public static IEnumerable<string> SectionTitles => Layout.Select(s => s.Section);

    /// <summary>The codes the report reads.</summary>
    public static IEnumerable<string> Codes => Layout.SelectMany(s => s.Lines.Select(l => l.Code));

    /// <summary>The list of the records a figure counts; <paramref name="to"/> cuts the year short (a running year compared with the same span of the last).</summary>
    public static string RecordsUrl(Guid councilId, int year, string code, string? key = null, DateOnly? to = null) =>
        $"/Statistics/Records?councilId={councilId}&year={year}&code={Uri.EscapeDataString(code)}" + (key is null ? "" : "&key=" + Uri.EscapeDataString(key))
        + (to is { } t ? "&to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");

    /// <summary>The council with its unit, or null when there is no such council (one query).</summary>
    public async Task<(Body Council, Unit Unit)?> CouncilAsync(Guid councilId, CancellationToken ct)
    {
        var found = await db.Set<Body>().AsNoTracking().Where(b => b.Id == councilId && b.Kind == BodyKind.Council)
            .Join(db.Set<Unit>().AsNoTracking(), b => b.UnitId, u => u.Id, (b, u) => new { Council = b, Unit = u }).SingleOrDefaultAsync(ct);
        return found is null ? null : (found.Council, found.Unit);
    }

    public async Task<AnnualReviewContent> BuildAsync(Body council, Unit unit, int year, CancellationToken ct)
    {
        var scope = StatisticScope.Year(council.Id, council.UnitId, year, Infrastructure.Localization.VietnamTime.Today(time));
        var snapshot = await figures.SnapshotAsync(scope, Codes, ct);
        var sections = Layout.Select(s => new ReportSection(s.Section, [.. s.Lines.SelectMany(l => Lines(council.Id, year, snapshot[l.Code], l.Breakdown))])).ToList();
        // The year's draft and the numbers taken by the drafts issued next year, in one read.
        var drafts = await Drafts(council, year).ToListAsync(ct);
        var stored = drafts.SingleOrDefault(d => d.Year == year);
        var draft = stored ?? await DefaultDraftAsync(council, unit, year, drafts, ct);
        var limitations = await Limitations.DeriveAsync(figures, scope, snapshot, ct);
        return new AnnualReviewContent(council, unit, year, scope, snapshot, sections, limitations, draft, stored is not null);
    }

    /// <summary>The council's draft of the year, and those issued in the next year (whose numbers are taken).</summary>
    private IQueryable<AnnualReportDraft> Drafts(Body council, int year) =>
        db.Set<AnnualReportDraft>().AsNoTracking().Where(d => d.CouncilId == council.Id && (d.Year == year || d.IssuedOn.Year == year + 1));

    public async Task<AnnualReportDraft> DefaultDraftAsync(Body council, int year, CancellationToken ct) =>
        await DefaultDraftAsync(council, await db.Set<Unit>().AsNoTracking().SingleAsync(u => u.Id == council.UnitId, ct), year, await Drafts(council, year).ToListAsync(ct), ct);

    private async Task<AnnualReportDraft> DefaultDraftAsync(Body council, Unit unit, int year, IReadOnlyList<AnnualReportDraft> drafts, CancellationToken ct)
    {
        // The report is numbered among the council's reports of the year it is issued in (numbers restart on 1 January).
        var issuedYear = year + 1;
        var reports = await db.Set<Document>().AsNoTracking().Where(d => d.IssuerBodyId == council.Id && d.Year == issuedYear).ToListAsync(ct);
        var taken = drafts.Where(d => d.IssuedOn.Year == issuedYear).Select(d => d.Number).ToList();
        var number = Math.Max(Document.NextNumber(reports, DocumentType.Report), taken.DefaultIfEmpty(0).Max() + 1);
        var chair = await Heads.OfAsync(db, council, new DateOnly(year, 12, 31), ct);
        var parent = unit.ParentId is { } pid ? await db.Set<Unit>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == pid, ct) : null;
        return AnnualReportDraft.Default(unit, parent, council.Id, year, number, council.Name, chair?.Name ?? "");
    }

    private static IEnumerable<ReportLine> Lines(Guid councilId, int year, Figure f, bool breakdown)
    {
        var value = f.Statistic.Measure == Measure.Count ? f.Count.ToString("N0", Vietnamese) : f.Value is { } v ? v.ToString("0.#", Vietnamese) + " ngày" : "—";
        yield return new ReportLine(f.Statistic.Name, f.Statistic.Code, null, f.Count, value, false, RecordsUrl(councilId, year, f.Statistic.Code));
        if (breakdown)
        {
            foreach (var slice in f.Breakdown)
            {
                yield return new ReportLine(slice.Name, f.Statistic.Code, slice.Key, slice.Count, slice.Count.ToString("N0", Vietnamese), true,
                    RecordsUrl(councilId, year, f.Statistic.Code, slice.Key));
            }
        }
    }

    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
}
