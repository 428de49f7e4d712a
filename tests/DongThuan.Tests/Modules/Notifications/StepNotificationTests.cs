using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DongThuan.Tests.Harness;
using DongThuan.Tests.Modules.Organisation;
using DongThuan.Tests.Modules.Petitions;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Notifications;

/// <summary>
/// Whose turn it is: a question and a petition driven through every step in a council of their own, and after each
/// step exactly the expected people are told (in the app, and by email), never the one who took it; the council office
/// reminds whoever owes an open item, and only the office of its unit may.
/// </summary>
public abstract class StepNotificationTests(AppFactory app) : CouncilApiSteps(app)
{
    private sealed record Cast(string Suffix, Guid Council, Guid Executive, Guid DelegatePerson, Dictionary<string, string> Ids, Guid Unit, Guid Group);

    /// <summary>A commune council with two office staff, an editor, a delegate, and two officers of the people's committee, each with an email.</summary>
    private async Task<Cast> CastAsync()
    {
        // The steps' statements are read in the test's own flow (StepAsync); a client carries this from its creation.
        App.Server.PreserveExecutionContext = true;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var adminName = "quantri-tb-" + suffix;
        Assert.True((await App.WithDb((_, sp) => sp.GetRequiredService<CreateAdministrator>().RunAsync(adminName, Password, CancellationToken.None))).Succeeded);
        using var admin = await ApiAsync(adminName, Password);
        var province = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/units", new { name = "Tỉnh Báo " + suffix, level = "Province", validFrom = "2025-07-01" }));
        var commune = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/units", new { name = "Xã Báo " + suffix, level = "Commune", parentId = province, validFrom = "2025-07-01" }));
        var council = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = commune, kind = "Council", name = "HĐND xã Báo " + suffix }));
        await Account(admin, "office1", "CouncilOffice", council);
        using var office = await ApiAsync(Name("office1"), Password);
        var group = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = commune, kind = "DelegateGroup", name = "Tổ đại biểu số 1", parentId = council }));
        var executive = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = commune, kind = "PeoplesCommittee", name = "UBND xã Báo " + suffix }));
        var delegatePerson = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/people", new { fullName = "Lê Văn Hỏi" }));
        var term = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/terms", new { councilId = council, number = 1, from = "2025-07-01", to = "2031-06-30" }));
        await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/positions", new { personId = delegatePerson, bodyId = council, title = "Đại biểu HĐND xã", from = "2025-07-01", termId = term }));
        await Account(office, "office2", "CouncilOffice", council);
        await Account(office, "editor", "Editor", council);
        await Account(office, "delegate", "Delegate", group, delegatePerson);
        await Account(office, "official", "ExecutiveOfficer", executive);
        await Account(office, "colleague", "ExecutiveOfficer", executive);
        var names = new[] { "office1", "office2", "editor", "delegate", "official", "colleague" };
        var userNames = names.Select(Name).ToList();
        var ids = await App.WithDb(async (db, _) => await db.Users.Where(u => userNames.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id));
        return new Cast(suffix, council, executive, delegatePerson, names.ToDictionary(n => n, n => ids[Name(n)]), commune, group);

        string Name(string role) => $"tb-{role}-{suffix}";

        async Task Account(HttpClient by, string role, string appRole, Guid body, Guid? person = null) =>
            await CreatedId(await by.PostAsJsonAsync("/api/v1/accounts", new { userName = Name(role), email = $"{Name(role)}@bao.example", personId = person, password = Password,
                roles = new[] { new { role = appRole, bodyId = body } } }), "id");
    }

    private static string UserName(Cast cast, string role) => $"tb-{role}-{cast.Suffix}";

    /// <summary>A citizen account joins the cast (as "citizen", with an address the mailbox can be read at); returns its user name.</summary>
    private async Task<string> AddCitizenAsync(Cast cast)
    {
        var citizenName = await OtherCouncil.CreateCitizenAsync(App);
        cast.Ids["citizen"] = await App.WithDb(async (db, _) =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == citizenName);
            user.Email = $"{UserName(cast, "citizen")}@bao.example";
            await db.SaveChangesAsync();
            return user.Id;
        });
        return citizenName;
    }

    /// <summary>Every notification of the cast so far, by role.</summary>
    private Task<Dictionary<string, List<Notification>>> NotificationsAsync(Cast cast) => App.WithDb(async (db, _) =>
    {
        var ids = cast.Ids.Values.ToList();
        var all = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.UserId)).ToListAsync();
        return cast.Ids.ToDictionary(c => c.Key, c => all.Where(n => n.UserId == c.Value).ToList());
    });

    /// <summary>
    /// Takes a step, then asserts who was newly told and how: exactly <paramref name="expected"/> (role → kind), each about
    /// <paramref name="subject"/> (or, for a step that creates it, about one same subject), each also emailed with the same text.
    /// </summary>
    private async Task StepAsync(Cast cast, Guid subject, Func<Task<HttpResponseMessage>> step, params (string Role, string Kind)[] expected)
    {
        var before = await NotificationsAsync(cast);
        HttpResponseMessage response = null!;
        var statements = await QueryCounter.CaptureAsync(async () => response = await step());
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var after = await NotificationsAsync(cast);
        var told = after.SelectMany(a => a.Value.Where(n => before[a.Key].All(b => b.Id != n.Id)).Select(n => (Role: a.Key, n))).ToList();
        Assert.Equal(expected.Select(e => e.Role).Order(), told.Select(t => t.Role).Order());
        // Everyone told by email is marked so, in the notice's own row: no statement of its own, no turn of its own (ADR 0059).
        Assert.All(told, t => Assert.NotNull(t.n.EmailedAt));
        Assert.DoesNotContain(statements, s => s.Sql.Contains("SET \"EmailedAt\"", StringComparison.Ordinal));
        foreach (var (role, n) in told)
        {
            Assert.Equal(expected.Single(e => e.Role == role).Kind, n.Kind);
            // A step that creates its subject is checked against the one subject every notice names.
            Assert.Equal(subject == Guid.Empty ? told[0].n.SubjectId : subject, n.SubjectId);
            Assert.Contains(n.Text, await Mailbox.LatestToAsync(App, $"{UserName(cast, role)}@bao.example"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_question_tells_whose_turn_it_is_at_every_step_and_those_who_follow_it_never_the_actor()
    {
        var cast = await CastAsync();
        using var delegateClient = await ApiAsync(UserName(cast, "delegate"), Password);
        using var office = await ApiAsync(UserName(cast, "office1"), Password);
        using var official = await ApiAsync(UserName(cast, "official"), Password);
        var draft = await delegateClient.PostAsJsonAsync("/api/v1/questions", new { title = "Nước sạch thôn Đông " + cast.Suffix, content = "Bao giờ có nước sạch?" });
        var id = await CreatedId(draft);

        // Submitted: the council office's turn (both staff; not its editor), the delegate took it.
        await StepAsync(cast, id, () => delegateClient.PostAsync($"/api/v1/questions/{id}/submit", null), ("office2", "turn"), ("office1", "turn"));
        // Forwarded: the people's committee's turn; the delegate follows. The other office staff is not told.
        await StepAsync(cast, id, () => office.PostAsJsonAsync($"/api/v1/questions/{id}/forward", new { role = "PeoplesCommitteeChair", bodyId = cast.Executive, respondentName = "Chủ tịch UBND xã" }),
            ("official", "turn"), ("colleague", "turn"), ("delegate", "update"));
        // An interim answer changes no one's turn: only the delegate hears of it.
        await StepAsync(cast, id, () => official.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { answer = "Đang khảo sát.", interim = true }), ("delegate", "update"));
        // Answered: the delegate's turn to say whether it satisfies.
        await StepAsync(cast, id, () => official.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { answer = "Quý II có nước.", responsibility = "UBND xã", measures = "Lắp ống", timeFrame = "Quý II" }),
            ("delegate", "turn"));
        // Evaluated: the office's turn to close it; the committee hears the verdict.
        await StepAsync(cast, id, () => delegateClient.PostAsJsonAsync($"/api/v1/questions/{id}/evaluate", new { satisfied = true }),
            ("office1", "turn"), ("office2", "turn"), ("official", "update"), ("colleague", "update"));
        // Closed: those who follow it hear; no one's turn.
        await StepAsync(cast, id, () => office.PostAsync($"/api/v1/questions/{id}/close", null), ("delegate", "update"), ("official", "update"), ("colleague", "update"));

        // The delegate's notifications through the API, newest first, read one by one; another's is not theirs to read.
        var mine = await delegateClient.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        Assert.Equal(4, mine.GetArrayLength());
        Assert.Equal("update", mine[0].GetProperty("kind").GetString());
        Assert.Equal("Question", mine[0].GetProperty("subjectKind").GetString());
        Assert.Equal($"/Questions/Details/{id}", mine[0].GetProperty("url").GetString());
        Assert.Equal(4, (await delegateClient.GetFromJsonAsync<JsonElement>("/api/v1/notifications/unread-count")).GetProperty("count").GetInt32());
        var first = mine[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await delegateClient.PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await delegateClient.PostAsync($"/api/v1/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(3, (await delegateClient.GetFromJsonAsync<JsonElement>("/api/v1/notifications/unread-count")).GetProperty("count").GetInt32());
        Assert.Equal(3, (await delegateClient.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true")).GetArrayLength());
        var officials = await official.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        var notMine = await delegateClient.PostAsync($"/api/v1/notifications/{officials[0].GetProperty("id").GetGuid()}/read", null);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal("notification-not-found", JsonDocument.Parse(await notMine.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/notifications")).StatusCode);
    }

    [Fact]
    public async Task A_citizen_following_a_question_answered_in_public_hears_the_verdict_at_the_public_page()
    {
        var cast = await CastAsync();
        var citizenName = await AddCitizenAsync(cast);
        using var citizen = await ApiAsync(citizenName, OtherCouncil.Password);
        using var delegateClient = await ApiAsync(UserName(cast, "delegate"), Password);
        using var office = await ApiAsync(UserName(cast, "office1"), Password);
        using var official = await ApiAsync(UserName(cast, "official"), Password);
        var id = await CreatedId(await delegateClient.PostAsJsonAsync("/api/v1/questions", new { title = "Chợ tạm " + cast.Suffix, content = "Bao giờ xây chợ?" }));
        Task<HttpResponseMessage> Follow() => citizen.PostAsJsonAsync("/api/v1/follows", new { subjectKind = "Question", subjectId = id });

        // Not public until answered: nothing to follow.
        Assert.Equal(HttpStatusCode.NotFound, (await Follow()).StatusCode);
        Assert.True((await delegateClient.PostAsync($"/api/v1/questions/{id}/submit", null)).IsSuccessStatusCode);
        Assert.True((await office.PostAsJsonAsync($"/api/v1/questions/{id}/forward", new { role = "PeoplesCommitteeChair", bodyId = cast.Executive, respondentName = "Chủ tịch UBND xã" })).IsSuccessStatusCode);
        Assert.True((await official.PostAsJsonAsync($"/api/v1/questions/{id}/answer", new { answer = "Quý III khởi công.", responsibility = "UBND xã", measures = "Lập dự án", timeFrame = "Quý III" })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Follow()).StatusCode);

        // The delegate's verdict and the closing reach the citizen too, at the public page.
        await StepAsync(cast, id, () => delegateClient.PostAsJsonAsync($"/api/v1/questions/{id}/evaluate", new { satisfied = true }),
            ("office1", "turn"), ("office2", "turn"), ("official", "update"), ("colleague", "update"), ("citizen", "update"));
        await StepAsync(cast, id, () => office.PostAsync($"/api/v1/questions/{id}/close", null), ("delegate", "update"), ("official", "update"), ("colleague", "update"), ("citizen", "update"));
        Assert.All((await NotificationsAsync(cast))["citizen"], n => Assert.Equal($"/cong-khai/chat-van?id={id}", n.Url));
    }

    [Fact]
    public async Task History_entered_later_tells_only_whose_turn_it_still_is()
    {
        var cast = await CastAsync();
        using var office = await ApiAsync(UserName(cast, "office1"), Password);

        // A question answered on paper this January, entered step by step on its days: only the step that left someone owing
        // (the forwarding, which opened the answer's obligation) told that someone, and closing it today tells those who follow.
        var closed = await QuestionReceivedAsync(office, cast.DelegatePerson, "Chợ tạm " + cast.Suffix, "2026-01-05");
        foreach (var (step, body) in new (string, object)[]
                 {
                     ("forward", new { role = "PeoplesCommitteeChair", bodyId = cast.Executive, respondentName = "Chủ tịch UBND xã", on = "2026-01-06" }),
                     ("answer", new { answer = "Đã dời chợ.", responsibility = "UBND xã", measures = "Dời chợ", timeFrame = "Quý I", on = "2026-01-20" }),
                     ("evaluate", new { satisfied = true, on = "2026-01-25" }),
                 })
        {
            var response = await office.PostAsJsonAsync($"/api/v1/questions/{closed}/{step}", body);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.True((await office.PostAsync($"/api/v1/questions/{closed}/close", null)).IsSuccessStatusCode);
        var told = (await NotificationsAsync(cast)).ToDictionary(n => n.Key, n => n.Value.Where(x => x.SubjectId == closed).Select(x => (x.Kind, x.Text[..x.Text.IndexOf(':', StringComparison.Ordinal)])).ToList());
        Assert.Empty(told["office2"]);
        Assert.Empty(told["editor"]);
        Assert.Equal([("update", "Cập nhật — Chất vấn (Đã kết thúc)")], told["delegate"]);
        Assert.Equal([("turn", "Đến lượt quý vị — Chất vấn (Đã chuyển người trả lời)"), ("update", "Cập nhật — Chất vấn (Đã kết thúc)")], told["official"].Order());

        // One forwarded on paper last month and not yet answered: the answering body is told it is its turn, the delegate is not.
        var open = await QuestionReceivedAsync(office, cast.DelegatePerson, "Đèn đường " + cast.Suffix, "2026-11-02");
        await StepAsync(cast, open, () => office.PostAsJsonAsync($"/api/v1/questions/{open}/forward", new { role = "PeoplesCommitteeChair", bodyId = cast.Executive, respondentName = "Chủ tịch UBND xã", on = "2026-11-03" }),
            ("official", "turn"), ("colleague", "turn"));
    }

    [Fact]
    public async Task A_joint_task_report_makes_it_the_turn_of_the_council_office_that_evaluates_it_not_the_reporting_agency()
    {
        // The demo's 2023 programme gets one more task for UBND quận, added by the office (which is not told of its own step).
        var ubndQuan = await PetitionKit.BodyAsync(App, "UBND quận Cầu Giấy");
        var programme = await App.WithDb((db, _) => db.Set<DongThuan.Web.Modules.Coordination.CoordinationProgramme>().AsNoTracking().Select(p => p.Id).FirstAsync());
        using var officeApi = await PetitionKit.ApiAsync(App, "thuongtruc");
        var added = await officeApi.PostAsJsonAsync($"/api/v1/coordination/programmes/{programme}/tasks",
            new { section = "Giám sát", title = PetitionKit.Unique("Đối thoại với hộ kinh doanh chợ"), leadBodyId = ubndQuan, expectedOutput = "Báo cáo kết quả đối thoại", frameKind = "Year" });
        var task = Guid.Parse(await CreatedId(added, "id"));
        var accounts = await App.WithDb((db, _) => db.Users.Where(u => u.UserName == "thuongtruc" || u.UserName == "ubnd" || u.UserName == "bientap").ToDictionaryAsync(u => u.UserName!, u => u.Id));
        Task<List<Notification>> ToldAsync(string user) => App.WithDb((db, _) => db.Notifications.AsNoTracking().Where(n => n.UserId == accounts[user] && n.SubjectId == task).ToListAsync());

        Assert.Empty(await ToldAsync("thuongtruc"));
        Assert.Equal(NotificationKinds.Turn, Assert.Single(await ToldAsync("ubnd")).Kind);
        var agencyBefore = (await ToldAsync("ubnd")).Count;
        using var reporting = await PetitionKit.ApiAsync(App, "ubnd");
        var report = await reporting.PostAsJsonAsync($"/api/v1/coordination/tasks/{task}/report", new { report = "Đã tổ chức 2 hội nghị đối thoại." });
        Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());
        var office = Assert.Single(await ToldAsync("thuongtruc"));
        Assert.Equal(NotificationKinds.Turn, office.Kind);
        Assert.Equal($"/Coordination/Task/{task}", office.Url);
        Assert.Equal(agencyBefore, (await ToldAsync("ubnd")).Count);
        Assert.Empty(await ToldAsync("bientap"));
    }

    [Fact]
    public async Task A_supervision_tells_the_team_the_agencies_and_the_office_each_in_turn()
    {
        var cast = await CastAsync();
        using var office = await ApiAsync(UserName(cast, "office1"), Password);
        using var official = await ApiAsync(UserName(cast, "official"), Password);
        await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = cast.Unit, kind = "CouncilStandingCommittee", name = "Thường trực HĐND xã Báo", parentId = cast.Council }));
        var head = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/people", new { fullName = "Phạm Văn Trưởng" }));
        await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/positions", new { personId = head, bodyId = cast.Executive, title = "Phó Chủ tịch UBND xã", from = "2025-07-01" }));

        // The delegate group conducts it, formed three weeks ago: the group owes the plan; the plan and the programme, entered on
        // their days, leave no one owing anything, so they tell no one.
        string Day(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var formed = await office.PostAsJsonAsync("/api/v1/supervision/missions", new
        {
            councilId = cast.Council, conductedByBodyId = cast.Group, subject = "Giám sát thu gom rác " + cast.Suffix, scope = "Năm nay", members = "Tổ đại biểu số 1", formedOn = Day(-21),
            targets = new[] { cast.Executive },
        });
        var mission = await CreatedId(formed);
        Assert.Contains(await NotificationsAsync(cast), n => n.Key == "delegate" && n.Value.Any(x => x.SubjectId == mission && x.Kind == NotificationKinds.Turn));
        Task<HttpResponseMessage> Step(object body) => office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/steps", body);
        await StepAsync(cast, mission, () => Step(new { step = "SendPlan", text = "Kế hoạch, đề cương.", on = Day(-20) }));
        await StepAsync(cast, mission, () => Step(new { step = "SendProgramme", on = Day(-19), visitsFrom = Day(-8), visitsTo = Day(-1) }));

        // The visits are over: the group owes its report.
        await StepAsync(cast, mission, () => Step(new { step = "FinishVisits" }), ("delegate", "turn"), ("office2", "update"));
        await StepAsync(cast, mission, () => Step(new { step = "Report", text = "Thu gom chưa đều." }), ("delegate", "update"), ("office2", "update"));
        // Concluded: everyone involved hears, the supervised committee too.
        await StepAsync(cast, mission, () => Step(new { step = "Conclude", text = "Đề nghị bố trí thêm điểm tập kết." }),
            ("delegate", "update"), ("office2", "update"), ("official", "update"), ("colleague", "update"));

        // A recommendation: the committee and the person named carry it out; the team and the office follow.
        var recommendation = Guid.Empty;
        await StepAsync(cast, Guid.Empty, async () =>
        {
            var issued = await office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/recommendations", new { ownerBodyId = cast.Executive, ownerPersonId = head, task = "Thêm hai điểm tập kết.", dueOn = "2099-06-30" });
            recommendation = await CreatedId(issued);
            return issued;
        }, ("official", "turn"), ("colleague", "turn"), ("office2", "update"), ("delegate", "update"));
        // Reported done: the team's turn to accept it; the office and the reporting committee's colleague hear.
        await StepAsync(cast, recommendation, () => official.PostAsJsonAsync($"/api/v1/supervision/recommendations/{recommendation}/progress", new { percent = 100, text = "Đã bố trí đủ." }),
            ("delegate", "turn"), ("office1", "update"), ("office2", "update"), ("colleague", "update"));
        // Not accepted: the committee's turn again.
        await StepAsync(cast, recommendation, () => office.PostAsJsonAsync($"/api/v1/supervision/recommendations/{recommendation}/dispute", new { reason = "Mới có một điểm.", newDueOn = "2099-09-30" }),
            ("official", "turn"), ("colleague", "turn"), ("office2", "update"), ("delegate", "update"));
    }

    [Fact]
    public async Task A_group_opinion_and_an_explanation_promise_tell_the_executive_then_the_office_and_the_group()
    {
        var cast = await CastAsync();
        using var office = await ApiAsync(UserName(cast, "office1"), Password);
        using var official = await ApiAsync(UserName(cast, "official"), Password);
        using var delegateClient = await ApiAsync(UserName(cast, "delegate"), Password);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/positions", new { personId = cast.DelegatePerson, bodyId = cast.Group, title = "Tổ viên", from = "2025-07-01" }));

        // A group's opinion at a session: the executive's turn to take it in; the group's delegates and the office follow.
        var session = await CreatedId(await office.PostAsJsonAsync("/api/v1/sessions", new { councilId = cast.Council, number = 9, kind = "Regular", startsOn = Day(0), endsOn = Day(0), venue = "Hội trường", isPublic = true }));
        var opinion = Guid.Empty;
        await StepAsync(cast, Guid.Empty, async () =>
        {
            var recorded = await office.PostAsJsonAsync($"/api/v1/sessions/{session}/opinions", new { delegateGroupId = cast.Group, content = "Đề nghị làm rõ nguồn vốn " + cast.Suffix });
            opinion = await CreatedId(recorded);
            return recorded;
        }, ("official", "turn"), ("colleague", "turn"), ("office2", "update"), ("delegate", "update"));
        await StepAsync(cast, opinion, () => official.PostAsJsonAsync($"/api/v1/sessions/opinions/{opinion}/response", new { response = "Vốn ngân sách xã." }),
            ("office1", "update"), ("office2", "update"), ("delegate", "update"));

        // An explanation session: only the office schedules it, with ten days' notice; another council's office does not see it.
        var plan = new { councilId = cast.Council, topic = "Giải trình về chợ " + cast.Suffix, officials = "Phó Chủ tịch UBND xã", noticeOn = Day(-10), heldOn = Day(0), isPublic = true };
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateClient.PostAsJsonAsync("/api/v1/explanations", plan)).StatusCode);
        using var stranger = await PetitionKit.ApiAsync(App, "thuongtruc");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync("/api/v1/explanations", plan)).StatusCode);
        await Refused(await office.PostAsJsonAsync("/api/v1/explanations", plan with { noticeOn = Day(-3) }), "explanation-notice");
        var hearing = await CreatedId(await office.PostAsJsonAsync("/api/v1/explanations", plan));
        await Refused(await office.PostAsJsonAsync($"/api/v1/explanations/{hearing}/conclusion", new { conclusion = "Kết luận", votesFor = 1, members = 3 }), "explanation-majority");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/explanations/{hearing}/conclusion", new { conclusion = "Đề nghị sửa chợ trong quý I.", votesFor = 3, members = 3 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/explanations/{hearing}/promises", new { ownerBodyId = cast.Executive, official = "x", text = "y", dueOn = Day(30) })).StatusCode);
        await Refused(await office.PostAsJsonAsync($"/api/v1/explanations/{hearing}/promises", new { ownerBodyId = cast.Executive, official = "Phó Chủ tịch", text = "Sửa chợ", dueOn = Day(-1) }), "promise-due");

        // A promise made there: the executive's turn; the office's other staff hears. Kept: the office hears.
        var promise = Guid.Empty;
        await StepAsync(cast, Guid.Empty, async () =>
        {
            var made = await office.PostAsJsonAsync($"/api/v1/explanations/{hearing}/promises", new { ownerBodyId = cast.Executive, official = "Phó Chủ tịch UBND xã", text = "Sửa mái chợ", dueOn = Day(60) });
            promise = await CreatedId(made);
            return made;
        }, ("official", "turn"), ("colleague", "turn"), ("office2", "update"));
        Assert.Equal(HttpStatusCode.Forbidden, (await delegateClient.PostAsJsonAsync($"/api/v1/explanations/promises/{promise}/report", new { report = "Xong" })).StatusCode);
        await Refused(await official.PostAsJsonAsync($"/api/v1/explanations/promises/{promise}/report", new { report = "Xong", on = Day(-1) }), "date-office-only");
        await StepAsync(cast, promise, () => official.PostAsJsonAsync($"/api/v1/explanations/promises/{promise}/report", new { report = "Đã sửa mái chợ." }),
            ("office1", "update"), ("office2", "update"));
        await Refused(await official.PostAsJsonAsync($"/api/v1/explanations/promises/{promise}/report", new { report = "Lần nữa" }), "promise-reported");
        var listed = await office.GetFromJsonAsync<JsonElement>("/api/v1/explanations");
        var kept = listed.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == hearing).GetProperty("promises")[0];
        Assert.Equal("Kept", kept.GetProperty("state").GetString());
        Assert.Equal(ObligationState.Fulfilled, await App.WithDb((db, _) => db.Obligations.Where(o => o.SubjectId == promise).Select(o => o.State).SingleAsync()));
    }

    [Fact]
    public async Task A_petition_tells_the_office_the_agency_and_the_citizen_in_turn_and_the_office_reminds_the_agency()
    {
        var cast = await CastAsync();
        var citizenName = await AddCitizenAsync(cast);
        using var citizen = await ApiAsync(citizenName, OtherCouncil.Password);
        using var office = await ApiAsync(UserName(cast, "office1"), Password);
        using var official = await ApiAsync(UserName(cast, "official"), Password);

        // Received: the office's turn (the citizen sent it signed in, and is not told of their own step).
        var sent = await citizen.PostAsJsonAsync("/api/v1/petitions", new { councilId = cast.Council, name = "Phạm Thị Dân", email = "dan@bao.example", title = "Cống tắc " + cast.Suffix, content = "Cống thôn Tây tắc." });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var code = JsonDocument.Parse(await sent.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingCode").GetString()!;
        var id = (await PetitionKit.ByCodeAsync(App, code)).Id;
        var received = (await NotificationsAsync(cast))["office1"].Single(n => n.SubjectId == id);
        Assert.Equal("turn", received.Kind);
        Assert.Empty((await NotificationsAsync(cast))["citizen"]);
        Assert.Single((await NotificationsAsync(cast))["office2"], n => n.SubjectId == id);
        Assert.Empty((await NotificationsAsync(cast))["editor"]);

        // Routed: the agency's turn; the citizen follows, at the public status page.
        await StepAsync(cast, id, () => office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = PetitionKit.FieldId(0), level = "Commune", agencyBodyId = cast.Executive }),
            ("official", "turn"), ("colleague", "turn"), ("citizen", "update"));
        Assert.StartsWith("/Petitions/Status?code=", (await NotificationsAsync(cast))["citizen"].Single().Url, StringComparison.Ordinal);

        // The office reminds the agency of the open answer; only the office may, and not about what is done.
        var obligation = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/obligations?bodyId={cast.Executive}&state=open"))[0].GetProperty("id").GetGuid();
        await StepAsync(cast, obligation, () => office.PostAsJsonAsync($"/api/v1/obligations/{obligation}/remind", new { message = "Đề nghị trả lời trước thứ Sáu." }),
            ("official", "remind"), ("colleague", "remind"));
        var reminded = (await NotificationsAsync(cast))["official"].Single(n => n.Kind == "remind");
        Assert.Contains("Đề nghị trả lời trước thứ Sáu.", reminded.Text, StringComparison.Ordinal);
        Assert.True(await App.WithDb((db, _) => db.Timeline.AnyAsync(e => e.SubjectId == id && e.Note == "Đôn đốc 2 người: Đề nghị trả lời trước thứ Sáu." && e.From == "Routed" && e.To == "Routed")));
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsJsonAsync($"/api/v1/obligations/{obligation}/remind", new { message = "?" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsJsonAsync($"/api/v1/obligations/{Guid.NewGuid()}/remind", new { message = "?" })).StatusCode);
        await Refused(await office.PostAsJsonAsync($"/api/v1/obligations/{obligation}/remind", new { message = new string('x', 2001) }), "obligation-message");
        using (var demoOffice = await PetitionKit.ApiAsync(App, "thuongtruc"))
        {
            // Another council's office does not even see it.
            Assert.Equal(HttpStatusCode.NotFound, (await demoOffice.PostAsJsonAsync($"/api/v1/obligations/{obligation}/remind", new { })).StatusCode);
        }

        // The agency answers: the office's turn to review; the citizen does not see an answer not yet accepted.
        await StepAsync(cast, id, () => official.PostAsJsonAsync($"/api/v1/petitions/{id}/answer", new { text = "Đã thông cống." }), ("office1", "turn"), ("office2", "turn"));
        // Accepted: the citizen's turn to rate; the agency hears its answer went out.
        await StepAsync(cast, id, () => office.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = true }),
            ("citizen", "turn"), ("official", "update"), ("colleague", "update"));
        await Refused(await office.PostAsJsonAsync($"/api/v1/obligations/{obligation}/remind", new { }), "obligation-not-open");
    }
}

public sealed class StepNotificationTestsOnSqlite(SqliteApp app) : StepNotificationTests(app), IClassFixture<SqliteApp>;

public sealed class StepNotificationTestsOnPostgres(PostgresApp app) : StepNotificationTests(app), IClassFixture<PostgresApp>;
