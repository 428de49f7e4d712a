using System.IO.Compression;
using System.Net;
using System.Text;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Petitions;

/// <summary>
/// A denouncer's name, phone, email and address are found nowhere but behind the recorded, purpose-stated
/// disclosure: not in any page or API answer any role can read (every GET the app maps without a route value,
/// and every page of the petition itself), not in an export, a search result, an email to anyone but the
/// denouncer, an audit entry or a log line. The denouncer typed their own address as the place of the matter and
/// their name into the title and the content, as people do.
/// </summary>
[LongRunning]
public sealed class DenouncerSweepTests(LoggedSqliteApp app) : IClassFixture<LoggedSqliteApp>
{
    private const string Name = "Phùng Thị Diệu Linh";
    private const string Phone = "0966111222";
    private const string Address = "Số 9 ngách 77/31 tổ dân phố 45";

    // The ward's people handle the petition; the district's committee member and the demo's other roles look from outside.
    private static readonly string?[] Callers = [null, "admin", PetitionKit.Office, "uyvien", "phuong.daibieu", PetitionKit.Official, "phuong.mttq", "congdan", "bientap"];

    [Fact]
    public async Task A_denouncers_identity_is_found_only_behind_a_recorded_disclosure()
    {
        var email = $"dieulinh.{Guid.NewGuid():N}@example.com";
        using (var anonymous = app.CreateClient())
        {
            var sent = await anonymous.PostAsJsonAsync("/api/v1/petitions", new
            {
                name = Name, email, phone = Phone, address = Address, location = Address, kind = "Denunciation", ward = PetitionKit.Ward,
                title = PetitionKit.Unique($"{Name} tố cáo cán bộ thu tiền trông giữ xe"),
                content = $"Tôi là {Name}, nhà ở {Address}, điện thoại {Phone}, email {email}. Tôi tố cáo cán bộ phường thu tiền trông giữ xe trái phép.",
            });
            Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        }

        var petition = await app.WithDb((db, _) => db.Petitions.AsNoTracking().OrderByDescending(p => p.SubmittedAt).FirstAsync(p => p.Kind == PetitionKind.Denunciation));
        var id = petition.Id;

        // The ward's office routes it to the people's committee, whose officer is swept, so the agency's side is swept too.
        using (var office = await Browser.SignedInAs(app, PetitionKit.Office))
        {
            var agency = await PetitionKit.BodyAsync(app, PetitionKit.Committee);
            var form = await office.GetPageAsync($"/Petitions/Route/{id}");
            var offered = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form, "<textarea[^>]*name=\"Input.RedactedContent\"[^>]*>([^<]*)</textarea>").Groups[1].Value).Trim();
            var routed = await office.SubmitAsync($"/Petitions/Route/{id}", new()
            {
                ["Input.FieldId"] = PetitionKit.FieldId(10).ToString(), ["Input.Level"] = "Commune", ["Input.AgencyBodyId"] = agency.ToString(),
                ["Input.RedactedContent"] = offered,
            });
            Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        }

        var secrets = new[] { Name, "Diệu Linh", "dieu linh", Phone, "096 611 1222", email, "77/31", "tổ dân phố 45" };
        var leaks = new List<string>();
        void Check(string where, string text)
        {
            var folded = DongThuan.Web.Infrastructure.Text.VietnameseText.Fold(text);
            foreach (var s in secrets.Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)
                                                 || folded.Contains(DongThuan.Web.Infrastructure.Text.VietnameseText.Fold(s), StringComparison.Ordinal)))
            {
                leaks.Add($"{where}: {s}");
            }
        }

        var urls = ParameterlessGets().Concat(
        [
            $"/Petitions/Details/{id}", $"/Petitions/Route/{id}", $"/Petitions/Answer/{id}", $"/Petitions/Transfer/{id}", $"/api/v1/petitions/{id}",
            "/Petitions?Kind=Denunciation", "/Petitions?State=Routed", $"/Petitions/Answers?id={id}",
        ]).Concat(secrets.SelectMany(s => new[] { $"/tim-kiem?q={Uri.EscapeDataString(s)}", $"/api/v1/search?q={Uri.EscapeDataString(s)}" }))
            .Distinct().ToList();
        var requests = 0;
        foreach (var caller in Callers)
        {
            using var browser = caller is null ? Browser.Open(app) : await Browser.SignedInAs(app, caller);
            foreach (var url in urls)
            {
                var response = await browser.GetAsync(url);
                requests++;
                Assert.True((int)response.StatusCode < 500, $"{caller ?? "anonymous"} GET {url}: {(int)response.StatusCode}");
                var text = await ReadableAsync(response);
                // A search page says what was searched for: the caller's own words, not a finding.
                if (url.Split("q=") is [_, var q])
                {
                    var typed = Uri.UnescapeDataString(q);
                    text = text.Replace(typed, "", StringComparison.OrdinalIgnoreCase).Replace(System.Text.Json.JsonEncodedText.Encode(typed).ToString(), "", StringComparison.OrdinalIgnoreCase);
                    // So do the looser queries offered when nothing is found: the caller's words with one left out, each
                    // counted over what this caller may find, as typing it would. The words themselves are not a finding.
                    text = System.Text.RegularExpressions.Regex.Replace(text, @"(<div class=""suggestions"">.*?</div>|""suggestions"":\[.*?\])", "",
                        System.Text.RegularExpressions.RegexOptions.Singleline);
                }

                Check($"{caller ?? "anonymous"} GET {url}", text);
            }
        }

        Assert.True(requests > 500, $"only {requests} requests swept");

        // The public status lookup, as the denouncer makes it (code and contact in the body).
        using (var anonymous = app.CreateClient())
        {
            var lookup = await PetitionKit.StatusAsync(anonymous, petition.TrackingCode, Phone);
            Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
            Check("anonymous POST /api/v1/petitions/status", await lookup.Content.ReadAsStringAsync());
        }

        // Emails: to anyone but the denouncer (whose own receipt names their code, not them).
        var mail = Path.Combine(app.DataDirectory, "mail");
        foreach (var file in Directory.Exists(mail) ? Directory.GetFiles(mail, "*.eml") : [])
        {
            var text = await File.ReadAllTextAsync(file);
            if (!text.Contains(email, StringComparison.OrdinalIgnoreCase))
            {
                Check($"mail {Path.GetFileName(file)}", DecodeMail(text));
            }
        }

        // The audit trail and the search index, as stored; every log line written so far.
        foreach (var entry in await app.WithDb((db, _) => db.Set<AuditEntry>().AsNoTracking().ToListAsync()))
        {
            Check($"audit {entry.Sequence}", entry.Changes + entry.EntityId + entry.UserName);
        }

        foreach (var row in await app.WithDb((db, _) => db.Database.SqlQueryRaw<string>(
                     "SELECT coalesce(\"Title\", '') || ' ' || coalesce(\"Text\", '') AS \"Value\" FROM \"SearchEntries\"").ToListAsync()))
        {
            Check("search index", row);
        }

        foreach (var line in app.Logs.Lines)
        {
            Check("log", line);
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Distinct().Take(30)));

        // Behind the disclosure, with a purpose, the office does see who it is; the look is recorded.
        using var revealer = await Browser.SignedInAs(app, PetitionKit.Office);
        var revealed = await revealer.SubmitAsync($"/Petitions/Details/{id}", new() { ["Reason"] = "Mời người tố cáo đến làm việc theo Điều 28 Luật Tố cáo" },
            $"/Petitions/Details/{id}?handler=Reveal");
        var page = await revealed.Content.ReadAsStringAsync();
        foreach (var s in new[] { Name, Phone, email, Address })
        {
            Assert.Contains(s, page, StringComparison.Ordinal);
        }

        Assert.True(await app.WithDb((db, _) => db.IdentityDisclosures.AnyAsync(d => d.Purpose.StartsWith("Mời người tố cáo"))));
    }

    /// <summary>Every GET the app maps whose route takes no value: pages, API lists, feeds, exports.</summary>
    private IEnumerable<string> ParameterlessGets()
    {
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
            if (endpoint.RoutePattern.Parameters.Count > 0 || (methods is not null && !methods.Contains("GET")) || endpoint.RoutePattern.RawText is not { } raw)
            {
                continue;
            }

            if (raw.Contains("healthz", StringComparison.Ordinal) || raw.StartsWith('_') || raw.Contains('.', StringComparison.Ordinal) && !raw.EndsWith(".xml", StringComparison.Ordinal)
                && !raw.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            yield return "/" + raw.TrimStart('/');
        }
    }

    /// <summary>The text of an answer: DOCX and XLSX are zip files whose words are in their XML parts.</summary>
    private static async Task<string> ReadableAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(await reader.ReadToEndAsync());
            }

            return text.ToString();
        }

        return WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>The mailer writes UTF-8 bodies, quoted-printable or base64 as MimeKit chooses: decoded so the words can be read.</summary>
    private static string DecodeMail(string raw)
    {
        var message = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
        return message.Subject + " " + message.TextBody + " " + message.HtmlBody;
    }
}
