using System.Net;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Petitions;

/// <summary>
/// The petitioner's personal data: a denunciation's author never reaches the agency, the public or the audit
/// trail; an administrator exports and erases a person's data; retention erases old data on its own.
/// </summary>
public abstract class PetitionPrivacyTests
{
    private readonly AppFactory _app;

    protected PetitionPrivacyTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    internal const string Denouncer = "Hoàng Minh Khôi";
    internal const string DenouncerPhone = "0911222333";

    internal static async Task<(string Code, Guid Id, string Email)> DenounceAsync(AppFactory app)
    {
        var email = $"khoi.{Guid.NewGuid():N}@example.com";
        using var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/petitions", new
        {
            // The ward of today names the council: phường Cầu Giấy's.
            name = Denouncer, email, phone = DenouncerPhone, address = "Số 7 ngách 12/34 tổ dân phố 21", kind = "Denunciation", ward = PetitionKit.Ward,
            title = PetitionKit.Unique("Tố cáo cán bộ địa chính nhận tiền của người dân"),
            content = $"Tôi là hoang minh khoi, ở số 7 ngách 12/34 tổ dân phố 21, điện thoại {DenouncerPhone}. Tôi tố cáo cán bộ địa chính phường nhận tiền khi làm hồ sơ cấp giấy chứng nhận.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var code = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingCode").GetString()!;
        return (code, (await PetitionKit.ByCodeAsync(app, code)).Id, email);
    }

    [Fact]
    public async Task A_denunciations_author_never_reaches_the_agency_the_public_or_the_audit_trail()
    {
        var (code, id, email) = await DenounceAsync(_app);
        using var office = await Browser.SignedInAs(_app, PetitionKit.Office);

        // The office sees that it is protected, not who sent it, until it states a purpose; that look is recorded.
        var details = await office.GetPageAsync($"/Petitions/Details/{id}");
        Assert.DoesNotContain(email, details, StringComparison.Ordinal);
        var revealed = await office.SubmitAsync($"/Petitions/Details/{id}", new() { ["Reason"] = "Liên hệ xác minh theo Điều 28 Luật Tố cáo" }, $"/Petitions/Details/{id}?handler=Reveal");
        Assert.Contains(email, await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDb((db, _) => db.IdentityDisclosures.CountAsync(d => d.Purpose.StartsWith("Liên hệ xác minh"))));

        // Routing needs a copy without the author: one that still names them is refused; the offered redaction passes.
        var inspectorate = await PetitionKit.BodyAsync(_app, PetitionKit.Committee);
        var leaking = await office.SubmitAsync($"/Petitions/Route/{id}", new()
        {
            ["Input.FieldId"] = PetitionKit.FieldId(10).ToString(), ["Input.Level"] = "Commune", ["Input.AgencyBodyId"] = inspectorate.ToString(),
            ["Input.RedactedContent"] = "Ông Hoàng Minh Khôi tố cáo cán bộ địa chính.",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, leaking.StatusCode);
        Assert.Contains(PetitionRefusals.RedactionLeaks.Message, await leaking.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var form = await office.GetPageAsync($"/Petitions/Route/{id}");
        var offered = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form, "<textarea[^>]*name=\"Input.RedactedContent\"[^>]*>([^<]*)</textarea>").Groups[1].Value).Trim();
        Assert.Contains("tố cáo cán bộ địa chính", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("khoi", offered, StringComparison.OrdinalIgnoreCase);
        var routed = await office.SubmitAsync($"/Petitions/Route/{id}", new()
        {
            ["Input.FieldId"] = PetitionKit.FieldId(10).ToString(), ["Input.Level"] = "Commune", ["Input.AgencyBodyId"] = inspectorate.ToString(),
            ["Input.RedactedContent"] = offered,
        });
        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);

        // What the agency receives, through the page and the API, and what anyone else can read, holds no trace of the author.
        var official = await PetitionKit.AgencyAccountAsync(_app, PetitionKit.Committee);
        using var agency = await Browser.SignedInAs(_app, official, OtherCouncil.Password);
        using var agencyApi = await PetitionKit.ApiAsync(_app, official, OtherCouncil.Password);
        var copies = new[]
        {
            await agency.GetPageAsync($"/Petitions/Details/{id}"),
            await agency.GetPageAsync("/Petitions?State=Routed&Kind=Denunciation"),
            await agencyApi.GetStringAsync($"/api/v1/petitions/{id}"),
            await agencyApi.GetStringAsync("/api/v1/petitions"),
            await Browser.Open(_app).GetPageAsync("/Petitions/Answers"),
        };
        foreach (var copy in copies)
        {
            Assert.DoesNotContain(email, copy, StringComparison.Ordinal);
            Assert.DoesNotContain(DenouncerPhone, copy, StringComparison.Ordinal);
            Assert.DoesNotContain("Khôi", copy, StringComparison.Ordinal);
            Assert.DoesNotContain("khoi", copy, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("12/34", copy, StringComparison.Ordinal);
        }

        Assert.Contains(code, copies[0], StringComparison.Ordinal);

        // The audit trail records every change to the petition and its author, but not their words.
        var trail = await _app.WithDb((db, _) => db.Set<AuditEntry>().AsNoTracking().Select(a => a.Changes).ToListAsync());
        Assert.DoesNotContain(trail, t => t.Contains(DenouncerPhone, StringComparison.Ordinal) || t.Contains(email, StringComparison.Ordinal) || t.Contains("Khôi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_administrator_exports_and_erases_what_is_held_about_a_petitioner()
    {
        var email = $"xoa.{Guid.NewGuid():N}@example.com";
        var code = await PetitionKit.SubmitAsync(_app, PetitionKit.Unique("Cây xanh đổ trên vỉa hè"), "Cây xanh đổ trước nhà Đỗ Thị Ngân, số 3 ngõ 9 Dương Đình Nghệ.", email, "Đỗ Thị Ngân");
        using var admin = await Browser.SignedInAs(_app, "admin");
        var found = await admin.GetPageAsync($"/Petitions/PersonalData?Who={Uri.EscapeDataString(email)}");
        Assert.Contains(code, found, StringComparison.Ordinal);
        var identity = await _app.WithDb((db, _) => db.PetitionerIdentities.AsNoTracking().SingleAsync(i => i.Email == email));

        var export = await admin.SubmitAsync($"/Petitions/PersonalData?Who={Uri.EscapeDataString(email)}", new() { ["Ids"] = identity.Id.ToString(), ["Who"] = email },
            "/Petitions/PersonalData?handler=Export");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains("Đỗ Thị Ngân", json, StringComparison.Ordinal);
        Assert.Contains(code, json, StringComparison.Ordinal);
        Assert.Contains("Handling", json, StringComparison.Ordinal);

        var refused = await admin.SubmitAsync($"/Petitions/PersonalData?Who={Uri.EscapeDataString(email)}", new() { ["Ids"] = identity.Id.ToString(), ["Who"] = email },
            "/Petitions/PersonalData?handler=Erase");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var erased = await admin.SubmitAsync($"/Petitions/PersonalData?Who={Uri.EscapeDataString(email)}",
            new() { ["Ids"] = identity.Id.ToString(), ["Who"] = email, ["Reason"] = "Yêu cầu của chủ thể dữ liệu" }, "/Petitions/PersonalData?handler=Erase");
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var after = await _app.WithDb((db, _) => db.PetitionerIdentities.AsNoTracking().SingleAsync(i => i.Id == identity.Id));
        Assert.Equal((null, null, null), (after.Name, after.Email, after.Phone));
        Assert.NotNull(after.ErasedAt);
        var petition = await PetitionKit.ByCodeAsync(_app, code);
        Assert.DoesNotContain("Ngân", petition.Content, StringComparison.Ordinal);
        Assert.Contains("Cây xanh đổ", petition.Content, StringComparison.Ordinal);
        using var anonymous = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await PetitionKit.StatusAsync(anonymous, code, email)).StatusCode);
        using var office = await Browser.SignedInAs(_app, "thuongtruc");
        Assert.True(Responses.IsRefusal(await office.GetAsync("/Petitions/PersonalData")));
    }

    [Fact]
    public async Task The_public_answers_page_holds_no_petitioners_name_email_or_phone()
    {
        var names = await _app.WithDb((db, _) => db.PetitionerIdentities.AsNoTracking().Where(i => i.Name != null).Select(i => i.Name!).ToListAsync());
        using var reader = Browser.Open(_app);
        var first = await reader.GetPageAsync("/Petitions/Answers");
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(first, @"(\d+) câu trả lời").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 20, "the demo publishes answers");
        for (var page = 1; page <= (total + 19) / 20; page++)
        {
            var html = page == 1 ? first : await reader.GetPageAsync($"/Petitions/Answers?p={page}");
            var text = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ");
            Assert.DoesNotMatch(@"[\w.+-]+@[\w-]+\.[\w.]+", text);
            Assert.DoesNotMatch(@"\b0\d{9}\b", text);
            Assert.DoesNotContain(names, n => text.Contains(n, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Retention_erases_the_petitioners_of_petitions_closed_longer_ago_than_the_setting()
    {
        var erased = await _app.WithDb(async (db, sp) => await sp.GetRequiredService<PersonalDataRequests>().SweepAsync(CancellationToken.None));
        await _app.WithDb(async db =>
        {
            var cutoff = DongThuan.Web.Infrastructure.Localization.VietnamTime.Today(TimeProvider.System).AddMonths(-36);
            var old = await db.PetitionerIdentities.AsNoTracking()
                .Join(db.Petitions.Where(p => p.State == PetitionState.Closed && p.ReceivedOn < cutoff), i => i.PetitionId, p => p.Id, (i, _) => i).ToListAsync();
            Assert.NotEmpty(old);
            Assert.True(erased > 0 || old.All(i => i.ErasedAt is not null));
            Assert.All(old, i => Assert.Null(i.Email));
            var recent = await db.PetitionerIdentities.AsNoTracking().Join(db.Petitions.Where(p => p.ReceivedOn >= cutoff), i => i.PetitionId, p => p.Id, (i, _) => i).ToListAsync();
            Assert.Contains(recent, i => i.Email is not null);
        });
    }
}

public sealed class PetitionPrivacyTestsOnSqlite(SqliteApp app) : PetitionPrivacyTests(app), IClassFixture<SqliteApp>;

public sealed class PetitionPrivacyTestsOnPostgres(PostgresApp app) : PetitionPrivacyTests(app), IClassFixture<PostgresApp>;

/// <summary>No log line, at any level, carries a petitioner's name, contact or words.</summary>
public sealed class PetitionLogTests(LoggedSqliteApp app) : IClassFixture<LoggedSqliteApp>
{
    [Fact]
    public async Task No_log_line_holds_a_denouncers_identity()
    {
        var (code, id, email) = await PetitionPrivacyTests.DenounceAsync(app);
        using var office = await Browser.SignedInAs(app, PetitionKit.Office);
        await office.GetPageAsync($"/Petitions/Details/{id}");
        using var anonymous = app.CreateClient();
        await PetitionKit.StatusAsync(anonymous, code, email);
        var lines = app.Logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains(code, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(PetitionPrivacyTests.DenouncerPhone, StringComparison.Ordinal)
                                          || l.Contains("Khôi", StringComparison.Ordinal) || l.Contains("khoi.", StringComparison.Ordinal));
    }
}
