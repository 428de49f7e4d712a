using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Sessions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.OpenData;

// Popolo / Open Civic Data: each council's document and its collections, checked against what the Popolo schemas
// (popoloproject.com/schemas, draft-03) say of each class: the required name or label, the date patterns, references
// that resolve within the document, the counts of a vote event.
public abstract partial class OpenStandardsTests
{
    [GeneratedRegex(@"^[0-9]{4}(-[0-9]{2}){0,2}$")]
    private static partial Regex PopoloDate();

    [GeneratedRegex(@"^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$")]
    private static partial Regex PopoloEventDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimeFormat();

    private static string? Text(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetString() : null;

    [Fact]
    public async Task Each_council_is_a_popolo_document_whose_parts_match_the_schemas_and_refer_to_each_other()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var client = _app.CreateClient();
        var index = await JsonAsync(await client.GetAsync("/popolo/"), HttpStatusCode.OK);
        var listed = index.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == ids.Council);
        Assert.EndsWith($"/popolo/{ids.Council:D}.json", listed.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(listed.GetProperty("terms").EnumerateArray(), t => t.GetProperty("number").GetInt32() == 6);

        var doc = await JsonAsync(await client.GetAsync($"/popolo/{ids.Council:D}.json"), HttpStatusCode.OK);
        Assert.Equal(["persons", "organizations", "posts", "memberships", "events", "motions", "vote_events"], doc.EnumerateObject().Select(p => p.Name));
        var persons = doc.GetProperty("persons").EnumerateArray().ToList();
        var organizations = doc.GetProperty("organizations").EnumerateArray().ToList();
        var posts = doc.GetProperty("posts").EnumerateArray().ToList();
        var memberships = doc.GetProperty("memberships").EnumerateArray().ToList();
        var events = doc.GetProperty("events").EnumerateArray().ToList();
        var motions = doc.GetProperty("motions").EnumerateArray().ToList();
        var votes = doc.GetProperty("vote_events").EnumerateArray().ToList();
        Assert.All(new[] { persons, organizations, posts, memberships, events, motions, votes }, c => Assert.NotEmpty(c));

        // Person: a name (required), never a contact.
        Assert.All(persons, p =>
        {
            Assert.StartsWith("ocd-person/", Text(p, "id"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(Text(p, "name")));
            Assert.DoesNotContain(p.EnumerateObject(), x => x.Name is "email" or "contact_details" or "phone");
        });

        // Organization: a name (required), a classification, the parent within the document, the unit as an OCD division.
        var organizationIds = organizations.Select(o => Text(o, "id")).ToHashSet();
        Assert.All(organizations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Text(o, "name")));
            Assert.Contains(Text(o, "classification"), new[] { "legislature", "standing committee", "committee", "delegate group", "executive", "department", "front", "front standing board" });
            Assert.Equal("ocd-division/country:vn/tinh:ha_noi/huyen:cau_giay", Text(o, "area_id"));
            if (Text(o, "parent_id") is { } parent)
            {
                Assert.Contains(parent, organizationIds);
            }

            foreach (var date in new[] { Text(o, "founding_date"), Text(o, "dissolution_date") }.OfType<string>())
            {
                Assert.Matches(PopoloDate(), date);
            }
        });
        var bodies = await _app.WithDb((db, _) => db.Set<Body>().AsNoTracking().Where(b => b.UnitId == ids.District && b.ArchivedAt == null).ToListAsync());
        Assert.Equal(bodies.Select(b => $"ocd-organization/{b.Id:D}").Order(), organizationIds.Order());
        Assert.Equal("legislature", Text(organizations.Single(o => Text(o, "id") == $"ocd-organization/{ids.Council:D}"), "classification"));
        Assert.Equal($"ocd-organization/{ids.Council:D}",
            Text(organizations.Single(o => Text(o, "classification") == "standing committee"), "parent_id"));

        // Post: a label (required) in an organization of the document; membership: person, organization and post all resolve.
        var postIds = posts.Select(p => Text(p, "id")).ToHashSet();
        Assert.All(posts, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Text(p, "label")));
            Assert.Contains(Text(p, "organization_id"), organizationIds);
        });
        var personIds = persons.Select(p => Text(p, "id")).ToHashSet();
        var eventIds = events.Select(e => Text(e, "id")).ToHashSet();
        Assert.All(memberships, m =>
        {
            Assert.Contains(Text(m, "person_id"), personIds);
            Assert.Contains(Text(m, "organization_id"), organizationIds);
            Assert.Contains(Text(m, "post_id"), postIds);
            Assert.Matches(PopoloDate(), Text(m, "start_date"));
            if (Text(m, "end_date") is { } end)
            {
                Assert.Matches(PopoloDate(), end);
            }

            if (Text(m, "legislative_period_id") is { } period)
            {
                Assert.Contains(period, eventIds);
            }
        });
        var positions = await _app.WithDb((db, _) => db.Set<Position>().AsNoTracking().CountAsync(p => bodies.Select(b => b.Id).Contains(p.BodyId) && p.ArchivedAt == null));
        Assert.Equal(positions, memberships.Count);

        // Events: the terms and the public sessions, with agenda and documents, dates as the event schema's pattern allows.
        Assert.All(events, e =>
        {
            Assert.Matches(PopoloEventDate(), Text(e, "start_date"));
            Assert.Matches(PopoloEventDate(), Text(e, "end_date"));
            Assert.Contains(Text(e, "classification"), new[] { "legislative period", "legislative session" });
        });
        var session = events.Single(e => Text(e, "id") == $"ocd-event/{ids.Session2022:D}");
        Assert.Equal($"ocd-legislative-period/{ids.TermVI:D}", Text(session, "parent_id"));
        Assert.NotEmpty(session.GetProperty("agenda").EnumerateArray());
        Assert.All(session.GetProperty("documents").EnumerateArray(), d => Assert.All(d.GetProperty("links").EnumerateArray(),
            l => Assert.Contains("/cong-khai/van-ban/", l.GetProperty("url").GetString()!, StringComparison.Ordinal)));

        // Motions and vote events: the resolutions with their counts, the same as recorded.
        var motionIds = motions.Select(m => Text(m, "id")).ToHashSet();
        Assert.All(motions, m =>
        {
            Assert.Matches(DateTimeFormat(), Text(m, "date"));
            Assert.Contains(Text(m, "result"), new[] { "pass", "fail" });
            Assert.Contains(Text(m, "legislative_session_id"), eventIds);
        });
        var recorded = await _app.WithDb((db, _) => db.Set<Document>().AsNoTracking().Where(d => d.VotesFor != null).ToDictionaryAsync(d => $"ocd-vote/{d.Id:D}"));
        Assert.All(votes, v =>
        {
            Assert.Contains(Text(v, "motion_id"), motionIds);
            Assert.Matches(DateTimeFormat(), Text(v, "start_date"));
            var counts = v.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("option").GetString()!, c => c.GetProperty("value").GetInt32());
            Assert.Equal(["yes", "no", "abstain", "absent"], counts.Keys);
            var document = recorded[Text(v, "id")!];
            Assert.Equal(document.VotesFor, counts["yes"]);
            Assert.Equal(document.VotesAgainst ?? 0, counts["no"]);
            Assert.Equal(document.Passed == true ? "pass" : "fail", Text(v, "result"));
        });

        // One collection alone is the same as in the whole; a term narrows everything to it; the unknown is a 404.
        var alone = await JsonAsync(await client.GetAsync($"/popolo/{ids.Council:D}/motions.json"), HttpStatusCode.OK);
        Assert.Equal(motions.Count, alone.GetArrayLength());
        var termVI = await JsonAsync(await client.GetAsync($"/popolo/{ids.Council:D}.json?term=6"), HttpStatusCode.OK);
        Assert.All(termVI.GetProperty("memberships").EnumerateArray(), m => Assert.Contains(Text(m, "legislative_period_id"), new[] { null, $"ocd-legislative-period/{ids.TermVI:D}" }));
        Assert.All(termVI.GetProperty("events").EnumerateArray(), e => Assert.True(Text(e, "id") == $"ocd-legislative-period/{ids.TermVI:D}"
                                                                                   || Text(e, "parent_id") == $"ocd-legislative-period/{ids.TermVI:D}"));
        Assert.True(termVI.GetProperty("events").GetArrayLength() < events.Count, "the other terms are left out");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/popolo/{ids.Council:D}.json?term=99")).StatusCode);

        // A council of another level (the ward's, since the reform) has a document of its own: its own division, its own bodies only.
        var ward = await _app.WithDb((db, _) => db.Set<Body>().AsNoTracking().SingleAsync(b => b.Name == "HĐND phường Cầu Giấy"));
        var wardDoc = await JsonAsync(await client.GetAsync($"/popolo/{ward.Id:D}.json"), HttpStatusCode.OK);
        var wardOrganizations = wardDoc.GetProperty("organizations").EnumerateArray().ToList();
        Assert.All(wardOrganizations, o => Assert.Equal("ocd-division/country:vn/tinh:ha_noi/xa:cau_giay", Text(o, "area_id")));
        var wardBodies = await _app.WithDb((db, _) => db.Set<Body>().AsNoTracking().Where(b => b.UnitId == ward.UnitId && b.ArchivedAt == null).Select(b => b.Id).ToListAsync());
        Assert.Equal(wardBodies.Select(b => $"ocd-organization/{b:D}").Order(), wardOrganizations.Select(o => Text(o, "id")).Order());
        Assert.Empty(wardOrganizations.Select(o => Text(o, "id")).Intersect(organizationIds));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/popolo/{Guid.NewGuid():D}.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/popolo/{ids.PeoplesCommittee:D}.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/popolo/{ids.Council:D}/secrets.json")).StatusCode);
    }
}
