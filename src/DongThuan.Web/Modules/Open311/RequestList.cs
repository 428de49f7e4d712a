using System.Globalization;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Open311;

/// <summary>
/// <c>GET /open311/v2/requests.{fmt}</c> and <c>/requests/{id}.{fmt}</c>: what the public may see of the petitions
/// (kiến nghị, phản ánh) a council received, never of complaints or denunciations and never of a person: its code, field,
/// ward, agency, dates and state. Its words and its answer only as the answers page publishes them: answered, where the
/// sender agreed or it was raised at a meeting, with the sender's details taken out.
/// </summary>
public static class RequestList
{
    public const int MaxRequests = 1000;
    public const int MaxDays = 90;

    public sealed record Query(string? ServiceRequestId, string? ServiceCode, string? StartDate, string? EndDate, string? Status, string? JurisdictionId,
        int? Page, int? PageSize, bool Extensions);

    public static Task<IResult> ListAsync(string format, HttpRequest request, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var q = request.Query;
        return RunAsync(format, new Query(q["service_request_id"], q["service_code"], q["start_date"], q["end_date"], q["status"], q["jurisdiction_id"],
            Number(q["page"]), Number(q["page_size"]), q["extensions"] == "true"), false, db, time, l, ct);
    }

    public static Task<IResult> OneAsync(string id, string format, HttpRequest request, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        RunAsync(format, new Query(id, null, null, null, null, request.Query["jurisdiction_id"], null, null, request.Query["extensions"] == "true"), true, db, time, l, ct);

    /// <summary>A page number or size as sent: null when absent, 0 when it is not a number (refused below like any other out of range).</summary>
    private static int? Number(string? text) =>
        string.IsNullOrEmpty(text) ? null : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static async Task<IResult> RunAsync(string format, Query query, bool single, DongThuanDb db, TimeProvider time, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        if (!GeoReportOutput.IsFormat(format))
        {
            return GeoReportOutput.Error("xml", StatusCodes.Status404NotFound, "format: xml, json");
        }

        var today = VietnamTime.Today(time);
        if (await Jurisdictions.ResolveAsync(db, query.JurisdictionId, today, ct) is not { } councils)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status404NotFound, l["jurisdiction_id không phải mã của một hội đồng nhân dân."]);
        }

        // Every council named, sitting or ended: a petition's record outlives its council.
        var councilIds = string.IsNullOrWhiteSpace(query.JurisdictionId)
            ? await db.Councils.Select(c => c.Id).ToListAsync(ct)
            : [.. councils.Select(c => c.Id)];
        var petitions = Public(db).Where(p => councilIds.Contains(p.CouncilId));
        if (!string.IsNullOrWhiteSpace(query.ServiceRequestId))
        {
            // The ids override every other filter (the specification's rule).
            var codes = query.ServiceRequestId.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(TrackingCodes.Normalise).OfType<string>().Distinct().Take(MaxRequests).ToList();
            petitions = petitions.Where(p => codes.Contains(p.TrackingCode));
            if (single && codes.Count == 0)
            {
                return NotFound(format, l);
            }
        }
        else
        {
            var (refusal, filtered) = Filter(petitions, query, time, l);
            if (refusal is not null)
            {
                return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, refusal);
            }

            petitions = filtered!;
        }

        var size = query.PageSize ?? MaxRequests;
        var page = query.Page ?? 1;
        if (size is < 1 or > MaxRequests || page < 1)
        {
            return GeoReportOutput.Error(format, StatusCodes.Status400BadRequest, l["page phải là số từ 1 trở lên, page_size từ 1 đến {0}.", MaxRequests]);
        }

        var found = await petitions.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.SubmittedAt).ThenBy(p => p.TrackingCode).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        if (single && found.Count == 0)
        {
            return NotFound(format, l);
        }

        var rows = await DescribeAsync(db, found, query.Extensions, l, ct);
        return GeoReportOutput.Write(format, "service_requests", new Repeated("request", rows));
    }

    /// <summary>The petitions any of these endpoints may show: kiến nghị, phản ánh only, never a complaint or denunciation.</summary>
    public static IQueryable<Petition> Public(DongThuanDb db) => db.Petitions.AsNoTracking().Where(p => p.Kind == PetitionKind.Feedback);

    private static IResult NotFound(string format, IStringLocalizer<SharedResource> l) =>
        GeoReportOutput.Error(format, StatusCodes.Status404NotFound, l["Không có yêu cầu công khai nào mang mã này."]);

    private static (string? Refusal, IQueryable<Petition>? Petitions) Filter(IQueryable<Petition> petitions, Query query, TimeProvider time, IStringLocalizer<SharedResource> l)
    {
        if (!string.IsNullOrWhiteSpace(query.ServiceCode))
        {
            var ids = new List<Guid>();
            foreach (var code in query.ServiceCode.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Guid.TryParse(code, out var id))
                {
                    return (l["service_code không phải mã của một lĩnh vực đang nhận kiến nghị."], null);
                }

                ids.Add(id);
            }

            petitions = petitions.Where(p => p.FieldId != null && ids.Contains(p.FieldId.Value));
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var wanted = query.Status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            if (wanted.Any(s => s is not ("open" or "closed")))
            {
                return (l["status chỉ nhận open hoặc closed."], null);
            }

            if (wanted.Count == 1)
            {
                petitions = wanted.Contains("open")
                    ? petitions.Where(p => p.State != PetitionState.Answered && p.State != PetitionState.Closed && p.State != PetitionState.Merged)
                    : petitions.Where(p => p.State == PetitionState.Answered || p.State == PetitionState.Closed || p.State == PetitionState.Merged);
            }
        }

        // The range is at most 90 days; either end alone counts 90 days from it, neither means the last 90 days.
        DateTimeOffset? start = null, end = null;
        if (!string.IsNullOrWhiteSpace(query.StartDate))
        {
            start = W3cTime(query.StartDate);
            if (start is null)
            {
                return (l["start_date và end_date phải theo dạng W3C, ví dụ 2026-01-01T00:00:00+07:00."], null);
            }
        }

        if (!string.IsNullOrWhiteSpace(query.EndDate))
        {
            end = W3cTime(query.EndDate);
            if (end is null)
            {
                return (l["start_date và end_date phải theo dạng W3C, ví dụ 2026-01-01T00:00:00+07:00."], null);
            }
        }

        end ??= start is { } s ? s.AddDays(MaxDays) : time.GetUtcNow();
        start ??= end.Value.AddDays(-MaxDays);
        if (end < start || end.Value - start.Value > TimeSpan.FromDays(MaxDays))
        {
            return (l["Khoảng từ start_date đến end_date không được âm hoặc dài quá {0} ngày.", MaxDays], null);
        }

        // By the day the council received it: a petition the office entered later carries the day it really came in.
        var from = DateOnly.FromDateTime(start.Value.ToOffset(GeoReportOutput.VietnamOffset).DateTime);
        var to = DateOnly.FromDateTime(end.Value.ToOffset(GeoReportOutput.VietnamOffset).DateTime);
        return (null, petitions.Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to));
    }

    /// <summary>
    /// When the council received it: the moment it was sent, for what came in on the day; the start of the day it was
    /// received, for what the office entered afterwards (a letter, a voters' meeting, its past).
    /// </summary>
    public static DateTimeOffset Requested(Petition p) =>
        DateOnly.FromDateTime(p.SubmittedAt.ToOffset(GeoReportOutput.VietnamOffset).DateTime) == p.ReceivedOn
            ? p.SubmittedAt
            : new DateTimeOffset(p.ReceivedOn.ToDateTime(TimeOnly.MinValue), GeoReportOutput.VietnamOffset);

    private static DateTimeOffset? W3cTime(string text)
    {
        // A date without a zone is read as Vietnamese time, the only one this API speaks.
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var at))
        {
            return null;
        }

        var hasZone = text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d\d:?\d\d\s*$");
        return hasZone ? at.ToUniversalTime() : new DateTimeOffset(at.DateTime, GeoReportOutput.VietnamOffset).ToUniversalTime();
    }

    private static async Task<List<object?>> DescribeAsync(DongThuanDb db, List<Petition> found, bool extensions, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        var ids = found.Select(p => p.Id).ToList();
        var published = await PublicAnswers.RedactedAsync(db, found, ct);
        var fields = await db.PetitionFields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var agencyIds = found.Where(p => p.AgencyBodyId != null).Select(p => p.AgencyBodyId!.Value).Distinct().ToList();
        var agencies = await db.Bodies.AsNoTracking().Where(b => agencyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var obligations = await db.ObligationsByIdAsync(found.Select(p => p.ObligationId), ct);
        var updated = await db.Timeline.AsNoTracking().Where(e => e.SubjectType == PetitionObligations.SubjectType && ids.Contains(e.SubjectId))
            .GroupBy(e => e.SubjectId).Select(g => new { Id = g.Key, At = g.Max(e => e.At) }).ToDictionaryAsync(x => x.Id, x => x.At, ct);
        var merged = found.Where(p => p.ConsolidatedIntoId != null).Select(p => p.ConsolidatedIntoId!.Value).Distinct().ToList();
        var consolidated = await db.Petitions.AsNoTracking().Where(p => merged.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.TrackingCode, ct);

        var rows = new List<object?>(found.Count);
        foreach (var p in found)
        {
            var shown = published.GetValueOrDefault(p.Id);
            var description = shown?.Text;
            var notes = shown is not null ? shown.Answer
                : p.State == PetitionState.Merged && p.ConsolidatedIntoId is { } into ? l["Đã gộp vào kiến nghị {0}.", consolidated.GetValueOrDefault(into) ?? ""].Value
                : null;
            var due = p.ObligationId is { } o && obligations.GetValueOrDefault(o) is { } obligation ? GeoReportOutput.EndOf(obligation.DueOn) : null;
            var requested = Requested(p);
            var row = new Fields
            {
                { "service_request_id", p.TrackingCode },
                { "status", IsClosed(p.State) ? "closed" : "open" },
                { "status_notes", notes },
                { "service_name", p.FieldId is { } f ? fields.GetValueOrDefault(f) : null },
                { "service_code", p.FieldId?.ToString("D") },
                { "description", description },
                { "agency_responsible", p.AgencyBodyId is { } a ? agencies.GetValueOrDefault(a) : null },
                { "service_notice", null },
                { "requested_datetime", requested },
                { "updated_datetime", updated.TryGetValue(p.Id, out var at) && at > requested ? at : requested },
                { "expected_datetime", due },
                { "address", p.Ward },
            };
            if (extensions)
            {
                // As FixMyStreet and CitySDK do: the richer states beside the two standard ones, only for a client that asks.
                row.Add("extended_attributes", new Fields
                {
                    { "detailed_status", DetailedStatus(p) },
                    { "detailed_status_name", l[PetitionNames.Of(p.State)].Value },
                    { "reopened", p.Reopened > 0 },
                    { "jurisdiction_id", p.CouncilId.ToString("D") },
                    { "answered_on", p.AnsweredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                });
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Closed in GeoReport's sense: the matter has an accepted answer, or it was folded into another that carries it.</summary>
    public static bool IsClosed(PetitionState state) => state is PetitionState.Answered or PetitionState.Closed or PetitionState.Merged;

    /// <summary>The extension's states: the agency has <c>answered</c>, the office <c>accepted</c> the answer (the petitioner was told).</summary>
    public static string DetailedStatus(Petition p) => p.State switch
    {
        PetitionState.Received => "received",
        PetitionState.Routed when p.Reopened > 0 => "reopened",
        PetitionState.Routed => "routed",
        PetitionState.AnswerSubmitted => "answered",
        PetitionState.Answered => "accepted",
        PetitionState.NotResolved => "not_resolved",
        PetitionState.Closed => "closed",
        _ => "merged",
    };
}
