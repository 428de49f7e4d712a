using System.Globalization;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Sessions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Popolo;

/// <summary>
/// A council as Popolo describes a legislature: the people who hold positions in its unit's bodies (name only: no
/// contact), the bodies as organizations, the positions as memberships of posts, its terms and public sessions as
/// events (with agenda and public documents, as Open Civic Data events carry them), and the resolutions of public
/// sessions as motions with their vote counts. Only what the public pages show: a closed session and everything filed
/// under it stay out.
/// </summary>
public static class CouncilRecord
{
    public static readonly string[] Collections = ["persons", "organizations", "memberships", "posts", "events", "motions", "vote_events"];

    public static async Task<Dictionary<string, List<Dictionary<string, object>>>?> BuildAsync(DongThuanDb db, Guid councilId, int? term, string site, DateOnly today,
        CancellationToken ct)
    {
        var council = await db.Councils.AsNoTracking().SingleOrDefaultAsync(b => b.Id == councilId, ct);
        if (council is null)
        {
            return null;
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var division = Divisions.IdOf(units[council.UnitId], units);
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.UnitId == council.UnitId && b.ArchivedAt == null).ToListAsync(ct);
        var terms = await db.Terms.AsNoTracking().Where(t => t.CouncilId == council.Id && t.ArchivedAt == null).OrderBy(t => t.Number).ToListAsync(ct);
        var chosen = term is { } n ? terms.Where(t => t.Number == n).ToList() : terms;
        if (term is not null && chosen.Count == 0)
        {
            return null;
        }

        var termIds = chosen.Select(t => t.Id).ToList();
        var bodyIds = bodies.Select(b => b.Id).ToList();
        var positions = (await db.Positions.AsNoTracking().Where(p => bodyIds.Contains(p.BodyId) && p.ArchivedAt == null).ToListAsync(ct))
            .Where(p => term is null || (p.TermId is { } t ? termIds.Contains(t) : chosen.Any(c => p.StartsOn <= c.EndsOn && (p.EndsOn ?? DateOnly.MaxValue) >= c.StartsOn)))
            .OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToList();
        var personIds = positions.Select(p => p.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).OrderBy(p => p.FullName).ToListAsync(ct);
        var sessions = await PublicSessions.Of(db).AsNoTracking().Where(s => s.CouncilId == council.Id && termIds.Contains(s.TermId)).OrderBy(s => s.StartsOn).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var agenda = await db.AgendaItems.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId)).ToListAsync(ct);
        var documents = await PublicSessions.Documents(db).AsNoTracking().Where(d => sessionIds.Contains(d.SessionId!.Value)).ToListAsync(ct);
        var documentIds = documents.Select(d => d.Id).ToList();
        var files = await db.Attachments.AsNoTracking().Where(a => documentIds.Contains(a.DocumentId)).ToListAsync(ct);

        var posts = positions.Select(p => (p.BodyId, p.Title)).Distinct().ToList();
        var record = new Dictionary<string, List<Dictionary<string, object>>>
        {
            ["persons"] = [.. people.Select(p => Obj(("id", PersonId(p.Id)), ("name", p.FullName)))],
            ["organizations"] = [.. bodies.OrderBy(b => b.Kind).ThenBy(b => b.Name, StringComparer.Ordinal).Select(b => Obj(
                ("id", OrganizationId(b.Id)),
                ("name", b.Name),
                ("classification", Classification(b.Kind)),
                ("parent_id", b.ParentBodyId is { } parent && bodyIds.Contains(parent) ? OrganizationId(parent) : null),
                ("area_id", division),
                ("founding_date", b.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("dissolution_date", b.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("identifiers", new List<object> { Obj(("scheme", "dongthuan"), ("identifier", b.Id.ToString("D"))) })))],
            ["posts"] = [.. posts.Select(p => Obj(
                ("id", PostId(p.BodyId, p.Title)),
                ("label", $"{p.Title}, {bodies.First(b => b.Id == p.BodyId).Name}"),
                ("role", p.Title),
                ("organization_id", OrganizationId(p.BodyId)),
                ("area_id", division)))],
            ["memberships"] = [.. positions.Select(p => Obj(
                ("id", $"ocd-membership/{p.Id:D}"),
                ("person_id", PersonId(p.PersonId)),
                ("organization_id", OrganizationId(p.BodyId)),
                ("post_id", PostId(p.BodyId, p.Title)),
                ("role", p.Title),
                ("legislative_period_id", p.TermId is { } t ? TermId(t) : null),
                ("start_date", Date(p.StartsOn)),
                ("end_date", p.EndsOn is { } end ? Date(end) : null)))],
            ["events"] =
            [
                .. chosen.Select(t => Obj(
                    ("id", TermId(t.Id)),
                    ("name", $"{t.Label}, {council.Name}"),
                    ("classification", "legislative period"),
                    ("organization_id", OrganizationId(council.Id)),
                    ("start_date", Date(t.StartsOn)),
                    ("end_date", Date(t.EndsOn)),
                    ("identifiers", new List<object> { Obj(("scheme", "khoa"), ("identifier", t.Number.ToString(CultureInfo.InvariantCulture))) }))),
                .. sessions.Select(s => Obj(
                    ("id", SessionId(s.Id)),
                    ("name", $"{s.Label} ({s.KindName}), {chosen.First(t => t.Id == s.TermId).Label}, {council.Name}"),
                    ("classification", "legislative session"),
                    ("organization_id", OrganizationId(council.Id)),
                    ("parent_id", TermId(s.TermId)),
                    ("start_date", Date(s.StartsOn)),
                    ("end_date", Date(s.EndsOn)),
                    ("location", s.Venue.Length > 0 ? s.Venue : null),
                    ("status", s.EndsOn < today ? "passed" : "confirmed"),
                    ("sources", new List<object> { Obj(("url", $"{site}/cong-khai/ky-hop/{s.Id:D}"), ("note", "DongThuan")) }),
                    ("agenda", agenda.Where(a => a.SessionId == s.Id).OrderBy(a => a.Order).Select(a => (object)Obj(
                        ("order", a.Order.ToString(CultureInfo.InvariantCulture)),
                        ("description", a.Title),
                        ("related_entities", documents.Where(d => d.AgendaItemId == a.Id).Select(d => (object)Obj(
                            ("entity_type", "document"), ("entity_id", d.Id.ToString("D")), ("name", d.Symbol))).ToList()))).ToList()),
                    ("documents", documents.Where(d => d.SessionId == s.Id).OrderBy(d => d.IssuedOn).ThenBy(d => d.Number).Select(d => (object)Obj(
                        ("id", d.Id.ToString("D")),
                        ("note", $"{d.Symbol}: {d.Summary}"),
                        ("classification", d.Type.ToString().ToLowerInvariant()),
                        ("date", Date(d.IssuedOn)),
                        ("links", files.Where(f => f.DocumentId == d.Id).Select(f => (object)Obj(
                            ("url", $"{site}/cong-khai/van-ban/{f.Id:D}"), ("media_type", f.ContentType))).ToList()))).ToList()))),
            ],
        };

        var resolutions = documents.Where(d => d.Type == DocumentType.Resolution).OrderBy(d => d.IssuedOn).ThenBy(d => d.Number).ToList();
        record["motions"] = [.. resolutions.Select(d => Obj(
            ("id", MotionId(d.Id)),
            ("organization_id", OrganizationId(council.Id)),
            ("legislative_session_id", SessionId(d.SessionId!.Value)),
            ("text", $"{d.Symbol}: {d.Summary}"),
            ("classification", "resolution"),
            ("date", Instant(d.IssuedOn)),
            // The rule Document.Passed applies: more than half of all delegates, the absent counted in.
            ("requirement", "more than half of all delegates"),
            ("result", d.Passed == false ? "fail" : "pass")))];
        record["vote_events"] = [.. resolutions.Where(d => d.VotesFor is not null).Select(d => Obj(
            ("id", $"ocd-vote/{d.Id:D}"),
            ("motion_id", MotionId(d.Id)),
            ("organization_id", OrganizationId(council.Id)),
            ("legislative_session_id", SessionId(d.SessionId!.Value)),
            ("identifier", d.Symbol),
            ("start_date", Instant(d.IssuedOn)),
            ("result", d.Passed == true ? "pass" : "fail"),
            ("counts", new List<object>
            {
                Obj(("option", "yes"), ("value", d.VotesFor!.Value)),
                Obj(("option", "no"), ("value", d.VotesAgainst ?? 0)),
                Obj(("option", "abstain"), ("value", d.VotesAbstaining ?? 0)),
                Obj(("option", "absent"), ("value", d.VotesAbsent ?? 0)),
            })))];
        return record;
    }

    public static string OrganizationId(Guid id) => $"ocd-organization/{id:D}";

    public static string PersonId(Guid id) => $"ocd-person/{id:D}";

    private static string TermId(Guid id) => $"ocd-legislative-period/{id:D}";

    private static string SessionId(Guid id) => $"ocd-event/{id:D}";

    private static string MotionId(Guid id) => $"ocd-motion/{id:D}";

    /// <summary>One post per title in a body ("Chủ tịch" of the council): seats by electoral unit are not recorded here.</summary>
    private static string PostId(Guid body, string title) => $"ocd-post/{body:D}/{Divisions.Slug(title)}";

    public static string Classification(BodyKind kind) => kind switch
    {
        BodyKind.Council => "legislature",
        BodyKind.CouncilStandingCommittee => "standing committee",
        BodyKind.CouncilCommittee => "committee",
        BodyKind.DelegateGroup => "delegate group",
        BodyKind.PeoplesCommittee => "executive",
        BodyKind.ExecutiveDepartment => "department",
        BodyKind.FrontCommittee => "front",
        _ => "front standing board",
    };

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Motions and vote events take a date-time: the day's start in Vietnam, since the hour is not recorded.</summary>
    private static string Instant(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+07:00";

    /// <summary>An object without its empty properties (Popolo leaves out what is not known).</summary>
    private static Dictionary<string, object> Obj(params (string Name, object? Value)[] properties)
    {
        var o = new Dictionary<string, object>(properties.Length);
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                o[name] = value;
            }
        }

        return o;
    }
}
