using System.Net;
using System.Text;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Infrastructure;

/// <summary>Every text has a documented limit, and a text over it is refused before anything is written, on both engines.</summary>
public abstract class TextLimitsTests(AppFactory app)
{
    // System texts with no column limit: written by the app itself, never typed into a form or an API body.
    protected static readonly HashSet<string> Unbounded =
    [
        "AuditEntry.Changes", "FileText.Text", "AppUser.Id", "AppUser.ConcurrencyStamp", "AppUser.PasswordHash", "AppUser.PhoneNumber",
        "AppUser.SecurityStamp", "RoleAssignment.UserId",
    ];

    [Fact]
    public async Task A_text_longer_than_its_column_is_refused_before_anything_is_written()
    {
        app.RequireAvailable();
        var before = await app.WithDb((db, _) => db.Set<AuditChainHead>().Select(h => h.LastSequence).SingleAsync());
        var unit = await app.WithDb((db, _) => db.Units.AsNoTracking().OrderBy(u => u.Name).FirstAsync());
        var max = await app.WithDb((db, _) => Task.FromResult(db.Model.FindEntityType(typeof(Unit))!.FindProperty(nameof(Unit.Name))!.GetMaxLength()!.Value));

        var refused = await Assert.ThrowsAsync<TextTooLongException>(() => app.WithDb(async db =>
        {
            var tracked = await db.Units.SingleAsync(u => u.Id == unit.Id);
            db.Entry(tracked).Property(u => u.Name).CurrentValue = new string('a', max + 1);
            await db.SaveChangesAsync();
        }));
        Assert.Equal(("Unit.Name", max), (refused.Field, refused.Max));
        Assert.Equal(unit.Name, await app.WithDb((db, _) => db.Units.Where(u => u.Id == unit.Id).Select(u => u.Name).SingleAsync()));
        Assert.False(await app.WithDb((db, _) => db.Set<AuditEntry>().AnyAsync(e => e.Sequence > before && e.EntityId == unit.Id.ToString())));

        // Exactly the limit is taken.
        await app.WithDb(async db =>
        {
            var tracked = await db.Units.SingleAsync(u => u.Id == unit.Id);
            db.Entry(tracked).Property(u => u.Name).CurrentValue = new string('b', max);
            await db.SaveChangesAsync();
            db.Entry(tracked).Property(u => u.Name).CurrentValue = unit.Name;
            await db.SaveChangesAsync();
        });
    }
}

public sealed class TextLimitsTestsOnSqlite(SqliteApp app) : TextLimitsTests(app), IClassFixture<SqliteApp>
{
    private static string Expected(Microsoft.EntityFrameworkCore.Metadata.IModel model)
    {
        var text = new StringBuilder();
        text.AppendLine("# Text limits / Giới hạn độ dài văn bản");
        text.AppendLine();
        text.AppendLine("The longest text each field of each record takes, in characters. A page or an API call that sends a longer one is");
        text.AppendLine("refused (422) with a message naming the field, and nothing is saved. Fields with a rule of their own (a petition's");
        text.AppendLine("content, a reason given with a step) say so in their own words first. Generated from the data model by");
        text.AppendLine("`TextLimitsTestsOnSqlite` (`DONGTHUAN_WRITE_DOCS=1 dotnet test --filter TextLimits` rewrites it); the test fails");
        text.AppendLine("when this file and the model differ.");
        text.AppendLine();
        text.AppendLine("Độ dài tối đa (số ký tự) của từng trường. Văn bản dài hơn bị từ chối (422) với thông báo nêu tên trường; không có gì được lưu.");
        foreach (var module in TextLimits.All(model).GroupBy(t => t.Module))
        {
            text.AppendLine();
            text.AppendLine($"## {module.Key}");
            text.AppendLine();
            text.AppendLine("| Record | Field | Max |");
            text.AppendLine("|---|---|---:|");
            foreach (var (_, record, field, max) in module)
            {
                text.AppendLine($"| {record} | {field} | {(max is { } m ? m.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "— (written by the app)")} |");
            }
        }

        return text.ToString();
    }

    [Fact]
    public async Task Every_text_has_a_limit_and_the_documented_table_is_the_models()
    {
        var model = await app.WithDb((db, _) => Task.FromResult(db.Model));
        var unbounded = TextLimits.All(model).Where(t => t.Max is null).Select(t => $"{t.Record}.{t.Field}").ToList();
        Assert.Empty(unbounded.Except(Unbounded));

        var file = Path.Combine(Repository.Root, "docs", "text-limits.md");
        var expected = Expected(model);
        if (Environment.GetEnvironmentVariable("DONGTHUAN_WRITE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(file, expected);
        }

        Assert.True(File.Exists(file) && (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n") == expected.ReplaceLineEndings("\n"),
            "docs/text-limits.md differs from the model: run DONGTHUAN_WRITE_DOCS=1 dotnet test --filter TextLimits, and commit the file.");
    }
}

public sealed class TextLimitsTestsOnPostgres(PostgresApp app) : TextLimitsTests(app), IClassFixture<PostgresApp>;

/// <summary>A text over its column from a page and from the API: 422 in the reader's language, naming the field, never a 500.</summary>
public sealed class TextLimitAnswerTests(TextLimitAnswerTests.OverLongApp app) : IClassFixture<TextLimitAnswerTests.OverLongApp>
{
    /// <summary>The real app plus an address that saves a unit name over its column, reached only when no real endpoint matches.</summary>
    public sealed class OverLongApp : SqliteApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddTransient<IStartupFilter, OverLongEndpoint>());
        }

        private sealed class OverLongEndpoint : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
            {
                next(builder);
                builder.Run(async ctx =>
                {
                    if (ctx.Request.Path.Value!.EndsWith("/test-too-long", StringComparison.Ordinal))
                    {
                        var db = ctx.RequestServices.GetRequiredService<DongThuanDb>();
                        var unit = await db.Units.OrderBy(u => u.Name).FirstAsync();
                        db.Entry(unit).Property(u => u.Name).CurrentValue = new string('x', 100_000);
                        await db.SaveChangesAsync();
                    }
                });
            };
        }
    }

    [Fact]
    public async Task The_api_and_the_pages_answer_422_naming_the_field_in_the_readers_language()
    {
        using var client = app.CreateClient();
        var api = await client.GetAsync("/api/v1/test-too-long");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("text-too-long", problem.GetProperty("title").GetString());
        Assert.Equal("Unit.Name", problem.GetProperty("field").GetString());
        Assert.Contains("Trường «Unit.Name» dài quá", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/test-too-long");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var inEnglish = JsonDocument.Parse(await (await client.SendAsync(english)).Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("is longer than", inEnglish.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var page = await client.GetAsync("/khong-co/test-too-long");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Trường «Unit.Name» dài quá", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("TextTooLongException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 1000), html, StringComparison.Ordinal);
    }
}
