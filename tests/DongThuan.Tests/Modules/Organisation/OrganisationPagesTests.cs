using System.Net;
using DongThuan.Tests.Harness;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Modules.Organisation;

/// <summary>Office staff keep their council's organisation up to date; the rules refuse what is wrong, and nothing half-saves.</summary>
public abstract class OrganisationPagesTests
{
    private readonly AppFactory _app;

    protected OrganisationPagesTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }

    private Task<int> CountBodies() => _app.WithDb((db, _) => db.Bodies.CountAsync());

    [Fact]
    public async Task Office_staff_add_a_department_and_the_audit_trail_names_them()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var browser = await Browser.SignedInAs(_app, "thuongtruc");
        var name = "Phòng Dân tộc " + Guid.NewGuid().ToString("N")[..4];
        var response = await browser.SubmitAsync($"/Organisation/Bodies/Edit?unitId={ids.District}", new()
        {
            ["UnitId"] = ids.District.ToString(),
            ["Input.Name"] = name,
            ["Input.Kind"] = nameof(BodyKind.ExecutiveDepartment),
            ["Input.ParentBodyId"] = ids.PeoplesCommittee.ToString(),
            ["Input.ValidFrom"] = "2023-01-06",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await _app.WithDb(async db =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Name == name);
            Assert.Equal(ids.District, body.UnitId);
            Assert.Equal(ids.PeoplesCommittee, body.ParentBodyId);
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.EntityType == nameof(Body) && e.EntityId == body.Id.ToString());
            Assert.Equal(AuditAction.Created, entry.Action);
            Assert.Equal("thuongtruc", entry.UserName);
            Assert.Contains(name, entry.Changes, StringComparison.Ordinal);
        });

        var page = await browser.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(name, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_under_the_wrong_kind_of_parent_is_refused_in_Vietnamese_and_nothing_is_saved()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var browser = await Browser.SignedInAs(_app, "thuongtruc");
        var before = await CountBodies();
        var response = await browser.SubmitAsync($"/Organisation/Bodies/Edit?unitId={ids.District}", new()
        {
            ["UnitId"] = ids.District.ToString(),
            ["Input.Name"] = "Tổ đại biểu dưới UBND",
            ["Input.Kind"] = nameof(BodyKind.DelegateGroup),
            ["Input.ParentBodyId"] = ids.PeoplesCommittee.ToString(),
        });
        // Refused as every page refuses (RefusingPage): the form again with the reason, and 422.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(OrganisationRefusals.BodyParentKind.Message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountBodies());

        // A second council in the unit is refused: figures by council and by unit count the same records.
        var second = await browser.SubmitAsync($"/Organisation/Bodies/Edit?unitId={ids.District}", new()
        {
            ["UnitId"] = ids.District.ToString(), ["Input.Name"] = "HĐND thứ hai", ["Input.Kind"] = nameof(BodyKind.Council),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains(OrganisationRefusals.OneCouncilPerUnit.Message, await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountBodies());
    }

    [Fact]
    public async Task An_empty_name_is_refused_with_a_field_message()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var browser = await Browser.SignedInAs(_app, "thuongtruc");
        var before = await CountBodies();
        var response = await browser.SubmitAsync($"/Organisation/Bodies/Edit?unitId={ids.District}", new()
        {
            ["UnitId"] = ids.District.ToString(),
            ["Input.Name"] = "",
            ["Input.Kind"] = nameof(BodyKind.ExecutiveDepartment),
            ["Input.ParentBodyId"] = ids.PeoplesCommittee.ToString(),
        });
        Assert.Contains("Tên không được để trống.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountBodies());
    }

    [Fact]
    public async Task An_overlapping_term_is_refused()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var browser = await Browser.SignedInAs(_app, "thuongtruc");
        var response = await browser.SubmitAsync($"/Organisation/Terms/Edit?councilId={ids.Council}", new()
        {
            ["CouncilId"] = ids.Council.ToString(),
            ["Input.Number"] = "7",
            ["Input.StartsOn"] = "2025-01-01",
            ["Input.EndsOn"] = "2030-12-31",
        });
        Assert.Contains(OrganisationRefusals.TermOverlap.Message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _app.WithDb((db, _) => db.Terms.AnyAsync(t => t.CouncilId == ids.Council && t.Number == 7)));
    }

    [Fact]
    public async Task A_position_is_assigned_then_ended_but_not_before_it_began_nor_twice()
    {
        var ids = await DemoIds.LoadAsync(_app);
        using var browser = await Browser.SignedInAs(_app, "thuongtruc");
        var title = "Ủy viên Ban Kinh tế – Xã hội " + Guid.NewGuid().ToString("N")[..4];
        var assigned = await browser.SubmitAsync($"/Organisation/Positions/Assign?personId={ids.Delegate}", new()
        {
            ["PersonId"] = ids.Delegate.ToString(),
            ["Input.BodyId"] = ids.Council.ToString(),
            ["Input.Title"] = title,
            ["Input.TermId"] = ids.TermVI.ToString(),
            ["Input.StartsOn"] = "2023-01-06",
        });
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var positionId = await _app.WithDb((db, _) => db.Positions.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        var details = $"/Organisation/People/Details/{ids.Delegate}";

        Task<HttpResponseMessage> End(string day) => browser.SubmitAsync(details, new() { ["positionId"] = positionId.ToString(), ["endsOn"] = day }, details + "?handler=EndPosition");

        var early = await End("2000-01-01");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains(OrganisationRefusals.PeriodReversed.Message, await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await _app.WithDb((db, _) => db.Positions.Where(p => p.Id == positionId).Select(p => p.EndsOn).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await End("2025-06-30")).StatusCode);
        Assert.Equal(new DateOnly(2025, 6, 30), await _app.WithDb((db, _) => db.Positions.Where(p => p.Id == positionId).Select(p => p.EndsOn).SingleAsync()));

        var again = await End("2025-07-01");
        Assert.Contains(OrganisationRefusals.PositionAlreadyEnded.Message, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_position_in_a_body_of_another_unit_is_refused()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var other = await OtherCouncil.CreateAsync(_app);
        using var browser = await Browser.SignedInAs(_app, "thuongtruc");
        var before = await _app.WithDb((db, _) => db.Positions.CountAsync());
        var response = await browser.SubmitAsync($"/Organisation/Positions/Assign?personId={ids.Delegate}", new()
        {
            ["PersonId"] = ids.Delegate.ToString(),
            ["Input.BodyId"] = other.Council.ToString(),
            ["Input.Title"] = "Đại biểu",
            ["Input.StartsOn"] = "2025-07-01",
        });
        Assert.Contains("Cơ quan không thuộc đơn vị của người này.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await _app.WithDb((db, _) => db.Positions.CountAsync()));
    }

    [Fact]
    public async Task Unknown_ids_are_404_not_500()
    {
        using var browser = await Browser.SignedInAs(_app, "admin");
        foreach (var url in new[] { "/Organisation/Units/Details/", "/Organisation/Bodies/Details/", "/Organisation/People/Details/", "/Organisation/Bodies/Edit/", "/Organisation/Terms/Edit/" })
        {
            var response = await browser.GetAsync(url + Guid.NewGuid());
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Organisation/Units/Details/khong-phai-guid")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Accounts/Users/Details/khong-co")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_archives_a_unit_instead_of_deleting_it()
    {
        var unitId = await _app.WithDb(async (db, sp) =>
        {
            var hanoi = await db.Units.SingleAsync(u => u.Name == "Thành phố Hà Nội");
            var unit = Unit.Create("Phường Thử Nghiệm " + Guid.NewGuid().ToString("N")[..4], "Thử Nghiệm", UnitLevel.Commune, hanoi, new DateOnly(2025, 7, 1), null, out _);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        using var browser = await Browser.SignedInAs(_app, "admin");
        var response = await browser.SubmitAsync($"/Organisation/Units/Details/{unitId}", [], $"/Organisation/Units/Details/{unitId}?handler=Archive");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await _app.WithDb(async db =>
        {
            Assert.NotNull((await db.Units.SingleAsync(u => u.Id == unitId)).ArchivedAt);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(e => e.EntityId == unitId.ToString() && e.Action == AuditAction.Archived));
        });
    }

    [Fact]
    public async Task Staff_of_another_council_cannot_see_the_edit_forms_or_post_to_them()
    {
        var ids = await DemoIds.LoadAsync(_app);
        var other = await OtherCouncil.CreateAsync(_app);
        using var browser = await Browser.SignedInAs(_app, other.OfficeUser, OtherCouncil.Password);

        foreach (var url in new[]
                 {
                     $"/Organisation/Bodies/Edit/{ids.PeoplesCommittee}", $"/Organisation/Bodies/Edit?unitId={ids.District}",
                     $"/Organisation/Terms/Edit?councilId={ids.Council}", $"/Organisation/People/Edit/{ids.Delegate}",
                     $"/Organisation/Positions/Assign?personId={ids.Delegate}",
                 })
        {
            Assert.True(Responses.IsRefusal(await browser.GetAsync(url)), url);
        }

        // A forged post with a valid antiforgery token (taken from a form of their own council) is refused too.
        var originalName = await _app.WithDb((db, _) => db.Bodies.Where(b => b.Id == ids.PeoplesCommittee).Select(b => b.Name).SingleAsync());
        var response = await browser.SubmitAsync($"/Organisation/Bodies/Edit?unitId={other.Unit}", new()
        {
            ["UnitId"] = other.Unit.ToString(),
            ["Input.Name"] = "Đã bị sửa trái phép",
            ["Input.Kind"] = nameof(BodyKind.PeoplesCommittee),
        }, $"/Organisation/Bodies/Edit/{ids.PeoplesCommittee}");
        Assert.True(Responses.IsRefusal(response));
        Assert.Equal(originalName, await _app.WithDb((db, _) => db.Bodies.Where(b => b.Id == ids.PeoplesCommittee).Select(b => b.Name).SingleAsync()));

        // Within their own council they may act.
        var own = await browser.SubmitAsync($"/Organisation/Bodies/Edit?unitId={other.Unit}", new()
        {
            ["UnitId"] = other.Unit.ToString(),
            ["Input.Name"] = "UBND phường Nghĩa Đô",
            ["Input.Kind"] = nameof(BodyKind.PeoplesCommittee),
        });
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);

        // And Cầu Giấy's office cannot act in Nghĩa Đô.
        using var caugiay = await Browser.SignedInAs(_app, "thuongtruc");
        Assert.True(Responses.IsRefusal(await caugiay.GetAsync($"/Organisation/Bodies/Edit?unitId={other.Unit}")));
        Assert.True(Responses.IsRefusal(await caugiay.GetAsync($"/Organisation/Terms/Edit?councilId={other.Council}")));
    }
}

public sealed class OrganisationPagesTestsOnSqlite(SqliteApp app) : OrganisationPagesTests(app), IClassFixture<SqliteApp>;

public sealed class OrganisationPagesTestsOnPostgres(PostgresApp app) : OrganisationPagesTests(app), IClassFixture<PostgresApp>;
