using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using DongThuan.Web.Modules.Supervision;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DongThuan.Tests.Modules.OpenData;

// The public record as open data: the list page, each file in CSV and JSON with the same rows, the licence, the
// sitemap and the feed; and the sweep that nothing private reaches Open311, Popolo or the data.
public abstract partial class OpenStandardsTests
{
    [GeneratedRegex("href=\"(/du-lieu-mo/[0-9a-f-]{36}/[0-9]{4}/[a-z-]+)\\.csv\"")]
    private static partial Regex DatasetLink();

    private static async Task<List<IDictionary<string, object?>>> CsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // UTF-8 with its mark, so a spreadsheet reads the Vietnamese letters
        using var stream = new MemoryStream(bytes);
        return [.. MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.CSV).Cast<IDictionary<string, object?>>()];
    }

    [Fact]
    public async Task Every_dataset_of_a_council_downloads_as_csv_and_json_with_the_same_rows_and_the_licence()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var client = _app.CreateClient();
        var page = await client.GetStringAsync($"/du-lieu-mo?council={ids.Council:D}");
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", page, StringComparison.Ordinal);
        var links = DatasetLink().Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();
        var keys = links.Select(l => l.Split('/')[^1]).Distinct().Order().ToList();
        Assert.Equal(["coordination-tasks", "documents", "petition-answers", "questions", "recommendations", "sessions", "supervision"], keys);

        foreach (var link in links)
        {
            var json = await JsonAsync(await client.GetAsync(link + ".json"), HttpStatusCode.OK);
            var csv = await CsvAsync(await client.GetAsync(link + ".csv"));
            var columns = json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
            var records = json.GetProperty("records").EnumerateArray().ToList();
            Assert.NotEmpty(records);
            Assert.Equal(records.Count, csv.Count);
            Assert.Equal(columns, csv[0].Keys);
            Assert.Equal(columns, records[0].EnumerateObject().Select(p => p.Name));
            Assert.Equal(ids.Council, json.GetProperty("council").GetProperty("id").GetGuid());
            Assert.Equal("https://creativecommons.org/licenses/by/4.0/", json.GetProperty("licence").GetProperty("url").GetString());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", json.GetProperty("last_modified").GetString());
            // The same first cell in both, the record's id.
            Assert.Equal(records[0].EnumerateObject().First().Value.GetString(), csv[0][columns[0]]?.ToString());
        }

        // The counts are the public pages' own: answered questions and published answers of the year.
        var year2022 = new DateOnly(2022, 1, 1);
        var questions = await _app.WithDb((db, _) => PublicQuestions.Answered(db).CountAsync(q => q.CouncilId == ids.Council && q.AnsweredOn >= year2022 && q.AnsweredOn < year2022.AddYears(1)));
        var answers = (await _app.WithDb((db, _) => PublicAnswers.Of(db).AsNoTracking().Where(p => p.CouncilId == ids.Council && p.AnsweredOn >= year2022 && p.AnsweredOn < year2022.AddYears(1)).ToListAsync()))
            .Count(p => p.IsPublishable);
        Assert.Equal(questions, (await JsonAsync(await client.GetAsync($"/du-lieu-mo/{ids.Council:D}/2022/questions.json"), HttpStatusCode.OK)).GetProperty("records").GetArrayLength());
        Assert.Equal(answers, (await JsonAsync(await client.GetAsync($"/du-lieu-mo/{ids.Council:D}/2022/petition-answers.json"), HttpStatusCode.OK)).GetProperty("records").GetArrayLength());

        // A year without data still has its columns; the unknown is a 404.
        var empty = await client.GetAsync($"/du-lieu-mo/{ids.Council:D}/1999/questions.csv");
        Assert.StartsWith("question_id,asked_by,", (await empty.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/du-lieu-mo/{ids.Council:D}/2022/identities.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/du-lieu-mo/{ids.Council:D}/2022/questions.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/du-lieu-mo/{ids.PeoplesCommittee:D}/2022/questions.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/du-lieu-mo?council={Guid.NewGuid():D}")).StatusCode);

        // The sitemap and the feed name them.
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.Contains("/du-lieu-mo</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"/du-lieu-mo/{ids.Council:D}/2022/questions.csv</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"/popolo/{ids.Council:D}.json</loc>", sitemap, StringComparison.Ordinal);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await client.GetStringAsync("/du-lieu-mo/atom.xml"));
        Assert.Contains(feed.Root!.Elements(atom + "entry"), e => e.Elements(atom + "link").Any(l => l.Attribute("href")!.Value.EndsWith($"{ids.Council:D}/2022/questions.csv", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task No_contact_no_denunciation_and_nothing_not_public_reaches_open311_popolo_or_the_open_data()
    {
        var ids = await DemoIds.LoadAsync(_app);
        // A closed session (họp kín) and what is filed under it: for this test the demo's 2022 session is held in private.
        await _app.WithDb(async db =>
        {
            var s = await db.Set<Session>().SingleAsync(x => x.Id == ids.Session2022);
            var term = await db.Set<Term>().SingleAsync(t => t.Id == s.TermId);
            Assert.True(s.Update(term, s.Number, s.Kind, s.StartsOn, s.EndsOn, s.Venue, false, []).Succeeded);
            await db.SaveChangesAsync();
        });
        try
        {
            var forbidden = await _app.WithDb(async (db, _) =>
            {
                var words = new List<string>();
                words.AddRange(await db.Set<Person>().Where(p => p.Email != null).Select(p => p.Email!).ToListAsync());
                words.AddRange(await db.Set<Person>().Where(p => p.Phone != null).Select(p => p.Phone!).ToListAsync());
                words.AddRange(await db.Set<PetitionerIdentity>().Where(i => i.Email != null).Select(i => i.Email!).ToListAsync());
                words.AddRange(await db.Set<PetitionerIdentity>().Where(i => i.Phone != null).Select(i => i.Phone!).ToListAsync());
                var hiddenKinds = await db.Set<Petition>().Where(p => p.Kind != PetitionKind.Feedback).Select(p => new { p.TrackingCode, p.Id }).ToListAsync();
                words.AddRange(hiddenKinds.Select(p => p.TrackingCode));
                words.AddRange(hiddenKinds.Select(p => p.Id.ToString()));
                words.AddRange(await db.Set<SupervisionMission>().Where(m => m.IsSecret || m.State < MissionState.Reported).Select(m => m.Id.ToString()).ToListAsync());
                words.Add(ids.Session2022.ToString());
                words.AddRange(await db.Set<Document>().Where(d => d.SessionId == ids.Session2022).Select(d => d.Id.ToString()).ToListAsync());
                return words.Where(w => w.Length >= 6).Distinct().ToList();
            });
            Assert.Contains(forbidden, w => w.Contains('@', StringComparison.Ordinal));
            Assert.Contains(forbidden, w => w.StartsWith("KN-", StringComparison.Ordinal));

            using var client = _app.CreateClient();
            var urls = new List<string> { "/popolo/", "/sitemap.xml", "/du-lieu-mo/atom.xml", "/open311/v2/services.json" };
            var councils = await _app.WithDb((db, _) => db.Set<Body>().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null).Select(b => b.Id).ToListAsync());
            foreach (var council in councils)
            {
                urls.Add($"/popolo/{council:D}.json");
                var page = await client.GetStringAsync($"/du-lieu-mo?council={council:D}");
                urls.Add($"/du-lieu-mo?council={council:D}");
                foreach (var link in DatasetLink().Matches(page).Select(m => m.Groups[1].Value).Distinct())
                {
                    urls.Add(link + ".csv");
                    urls.Add(link + ".json");
                }
            }

            // Every petition in Open311's public list, 90 days at a time, from the first to today.
            var first = await _app.WithDb((db, _) => db.Set<Petition>().MinAsync(p => p.ReceivedOn));
            for (var from = first.ToDateTime(TimeOnly.MinValue); from <= DateTime.UtcNow.AddDays(1); from = from.AddDays(90))
            {
                // Days are Vietnamese days: each window ends the second before the next begins.
                urls.Add($"/open311/v2/requests.json?extensions=true&page_size=1000&start_date={from:yyyy-MM-dd}T00:00:00%2B07:00&end_date={from.AddDays(89):yyyy-MM-dd}T23:59:59%2B07:00");
            }

            var petitionsSeen = 0;
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
                var leak = forbidden.FirstOrDefault(w => body.Contains(w, StringComparison.Ordinal));
                Assert.True(leak is null, $"{url} shows {leak}");
                petitionsSeen += Regex.Count(body, "\"service_request_id\"");
            }

            var feedback = await _app.WithDb((db, _) => db.Set<Petition>().CountAsync(p => p.Kind == PetitionKind.Feedback));
            Assert.True(feedback == petitionsSeen, $"{feedback} public petitions, {petitionsSeen} seen"); // the sweep saw every public petition, so it looked where a leak would be
        }
        finally
        {
            await _app.WithDb(async db =>
            {
                var s = await db.Set<Session>().SingleAsync(x => x.Id == ids.Session2022);
                var term = await db.Set<Term>().SingleAsync(t => t.Id == s.TermId);
                Assert.True(s.Update(term, s.Number, s.Kind, s.StartsOn, s.EndsOn, s.Venue, true, []).Succeeded);
                await db.SaveChangesAsync();
            });
        }
    }
}
