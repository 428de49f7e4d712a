using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DongThuan.Tests.Harness;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Modules.Organisation;

/// <summary>
/// A new council of another level sets itself up and enters its past through the API alone: a fresh administrator
/// (made as the <c>create-admin</c> verb makes one) creates the unit, the council and its office's account; from then on
/// the office, not the administrator, brings in its bodies, term, people, positions and accounts (one by invitation),
/// plans its sessions, registers their documents, and records its questions, group opinions, petitions, a supervision with
/// its recommendations and a joint programme with the dates they happened. Its annual report then counts exactly what it
/// entered, names what is outstanding, is addressed as a commune council's, and the demo council's report is unchanged.
/// </summary>
public abstract class CouncilOnboardingTests(AppFactory app) : CouncilApiSteps(app)
{

    [Fact]
    public async Task A_commune_council_sets_itself_up_enters_its_year_and_its_report_counts_only_what_it_entered()
    {
        // Next to the demo, the demo's council must not see nor be touched by this one; on an empty database there is no demo.
        var withDemo = await App.WithDb((db, _) => db.Users.AnyAsync(u => u.UserName == "thuongtruc"));
        var ids = withDemo ? await DemoIds.LoadAsync(App) : null;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var demoOffice = withDemo ? await ApiAsync("thuongtruc", Web.Modules.Accounts.Demo.DemoAccounts.Password) : null;
        var demoBefore = withDemo ? await Text(await demoOffice!.GetAsync($"/api/v1/reports/annual?councilId={ids!.Council}&year=2022")) : null;

        // The administrator, made as the create-admin verb makes it.
        var adminName = "quantri-" + suffix;
        Assert.True((await App.WithDb((_, sp) => sp.GetRequiredService<CreateAdministrator>().RunAsync(adminName, Password, CancellationToken.None))).Succeeded);
        using var admin = await ApiAsync(adminName, Password);

        var province = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/units", new { name = "Tỉnh Thử " + suffix, level = "Province", validFrom = "2025-07-01" }));
        var commune = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/units", new { name = "Xã An Bình " + suffix, level = "Commune", parentId = province, validFrom = "2025-07-01" }));
        // Another unit's council and person, for the refusals below.
        var provinceCouncil = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = province, kind = "Council", name = "HĐND tỉnh Thử " + suffix }));
        var provincePerson = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/people", new { fullName = "Người của tỉnh", unitId = province }));
        var council = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = commune, kind = "Council", name = "HĐND xã An Bình" }));
        var officeName = "vp-anbinh-" + suffix;
        await CreatedId(await admin.PostAsJsonAsync("/api/v1/accounts", new { userName = officeName, email = $"{officeName}@anbinh.example", password = Password, roles = new[] { new { role = "CouncilOffice", bodyId = council } } }), "id");

        // From here on, the office alone.
        using var office = await ApiAsync(officeName, Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/organisation/units", new { name = "Xã Khác", level = "Commune", parentId = province })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = province, kind = "CouncilStandingCommittee", name = "Thường trực lạ", parentId = provinceCouncil })).StatusCode);
        var group = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = commune, kind = "DelegateGroup", name = "Tổ đại biểu số 1", parentId = council }));
        var executive = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = commune, kind = "PeoplesCommittee", name = "UBND xã An Bình" }));
        var department = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = commune, kind = "ExecutiveDepartment", name = "Phòng Kinh tế", parentId = executive }));
        var term = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/terms", new { councilId = council, number = 1, from = "2025-07-01", to = "2031-06-30" }));
        var delegatePerson = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/people", new { fullName = "Nguyễn Văn An", email = $"an-{suffix}@anbinh.example" }));
        await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/positions", new { personId = delegatePerson, bodyId = council, title = "Đại biểu HĐND xã", from = "2025-07-01", termId = term }));
        await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/positions", new { personId = delegatePerson, bodyId = group, title = "Tổ trưởng", from = "2025-07-01" }));
        // A person of another unit cannot be given a position in this one, nor an account by this office.
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync("/api/v1/organisation/positions", new { personId = provincePerson, bodyId = group, title = "x", from = "2025-07-01" })).StatusCode);
        await Refused(await office.PostAsJsonAsync("/api/v1/accounts", new { userName = "la-" + suffix, personId = provincePerson, password = Password, roles = new[] { new { role = "Delegate", bodyId = group } } }), "account-person-scope");
        await Refused(await office.PostAsJsonAsync("/api/v1/accounts", new { userName = "la2-" + suffix, password = Password, roles = new[] { new { role = "Administrator", bodyId = (Guid?)null } } }), "account-role-scope");
        await Refused(await office.PostAsJsonAsync("/api/v1/accounts", new { userName = "la3-" + suffix, password = Password, roles = Array.Empty<object>() }), "account-role-required");
        // Even the administrator cannot give a person of this ward a role in another unit's body.
        await Refused(await admin.PostAsJsonAsync("/api/v1/accounts", new { userName = "la4-" + suffix, personId = delegatePerson, password = Password, roles = new[] { new { role = "Delegate", bodyId = provinceCouncil } } }), "account-role-other-unit");
        var officialPerson = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/people", new { fullName = "Trần Thị Bình" }));
        await Refused(await office.PostAsJsonAsync("/api/v1/accounts", new { userName = "binh-" + suffix, personId = officialPerson, roles = new[] { new { role = "ExecutiveOfficer", bodyId = executive } } }), "account-invitation-email");
        var officialName = "binh-" + suffix;
        await CreatedId(await office.PostAsJsonAsync("/api/v1/accounts", new { userName = officialName, personId = officialPerson, password = Password, roles = new[] { new { role = "ExecutiveOfficer", bodyId = executive } } }), "id");
        await Refused(await office.PostAsJsonAsync("/api/v1/accounts", new { userName = "binh2-" + suffix, personId = officialPerson, password = Password, roles = new[] { new { role = "ExecutiveOfficer", bodyId = executive } } }), "account-person-taken");

        // The delegate's account: linked to the person, invited by email, one use.
        var delegateName = "daibieu-" + suffix;
        var invited = await office.PostAsJsonAsync("/api/v1/accounts", new { userName = delegateName, personId = delegatePerson, roles = new[] { new { role = "Delegate", bodyId = group } } });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        using (var json = JsonDocument.Parse(await invited.Content.ReadAsStringAsync()))
        {
            Assert.True(json.RootElement.GetProperty("invited").GetBoolean());
        }

        var mail = await Mailbox.LatestToAsync(App, $"an-{suffix}@anbinh.example");
        var link = InvitationLink().Match(mail);
        Assert.True(link.Success, mail);
        using var anonymous = App.CreateClient();
        var set = new { userId = Uri.UnescapeDataString(link.Groups["id"].Value), token = Uri.UnescapeDataString(link.Groups["token"].Value), password = Password };
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/password", set)).StatusCode);
        await Refused(await anonymous.PostAsJsonAsync("/api/v1/auth/password", set with { password = "Khac@2026xyzw" }), "password-link-invalid");
        using var delegateClient = await ApiAsync(delegateName, Password);
        var draft = await delegateClient.PostAsJsonAsync("/api/v1/questions", new { title = "Đường liên thôn", content = "Bao giờ sửa đường liên thôn?" });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Contains(await office.GetFromJsonAsync<JsonElement[]>("/api/v1/accounts") ?? [], a => a.GetProperty("userName").GetString() == delegateName);
        Assert.DoesNotContain(await office.GetFromJsonAsync<JsonElement[]>("/api/v1/accounts") ?? [], a => a.GetProperty("userName").GetString() == adminName);

        // The year on paper, with its real dates.
        var first = await CreatedId(await office.PostAsJsonAsync("/api/v1/sessions", new { councilId = council, number = 1, kind = "Regular", startsOn = "2026-01-08", endsOn = "2026-01-09", venue = "Hội trường xã", isPublic = true }));
        await CreatedId(await office.PostAsJsonAsync("/api/v1/sessions", new { councilId = council, number = 2, kind = "Thematic", startsOn = "2026-03-05", endsOn = "2026-03-05", venue = "Hội trường xã", isPublic = true }));
        await CreatedId(await office.PostAsJsonAsync($"/api/v1/sessions/{first}/agenda", new { title = "Báo cáo kinh tế – xã hội năm 2025" }));
        foreach (var (kind, symbol, title) in new[] { ("Report", "BC-UBND", "Báo cáo tình hình kinh tế – xã hội"), ("Report", "UBND", "Báo cáo công tác tư pháp"), ("Proposal", "TTr-UBND", "Tờ trình dự toán ngân sách 2026") })
        {
            await CreatedId(await office.PostAsJsonAsync($"/api/v1/sessions/{first}/documents", new { kind, symbol, issuedOn = "2026-01-02", title, issuerBodyId = executive }));
        }

        var resolution = await CreatedId(await office.PostAsJsonAsync($"/api/v1/sessions/{first}/documents", new { kind = "Resolution", symbol = "NQ-HĐND", issuedOn = "2026-01-09", title = "Nghị quyết về dự toán ngân sách xã năm 2026" }));
        await Refused(await office.PostAsJsonAsync($"/api/v1/sessions/documents/{resolution}/votes", new { @for = -1, against = 0, abstaining = 0, absent = 0 }), "votes-invalid");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/sessions/documents/{resolution}/votes", new { @for = 14, against = 1, abstaining = 0, absent = 0 })).StatusCode);
        var opinion = await CreatedId(await office.PostAsJsonAsync($"/api/v1/sessions/{first}/opinions", new { delegateGroupId = group, content = "Đề nghị làm rõ nguồn vốn sửa đường." }));
        await Refused(await office.PostAsJsonAsync($"/api/v1/sessions/opinions/{opinion}/response", new { response = "Đã tiếp thu.", on = "2099-01-01" }), "date-future");
        await Refused(await office.PostAsJsonAsync($"/api/v1/sessions/opinions/{opinion}/response", new { response = "Đã tiếp thu.", on = "2026-01-01" }), "date-before-previous");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/sessions/opinions/{opinion}/response", new { response = "UBND xã tiếp thu, bố trí vốn quý II.", on = "2026-01-20" })).StatusCode);
        await Refused(await office.PostAsJsonAsync($"/api/v1/sessions/opinions/{opinion}/response", new { response = "Lần hai." }), "opinion-responded");

        // The executive answers its own opinions, but only the office records a past date.
        var second = await CreatedId(await office.PostAsJsonAsync($"/api/v1/sessions/{first}/opinions", new { delegateGroupId = group, content = "Đề nghị công khai danh sách hộ nghèo." }));
        using (var official = await ApiAsync(officialName, Password))
        {
            await Refused(await official.PostAsJsonAsync($"/api/v1/sessions/opinions/{second}/response", new { response = "Đã công khai.", on = "2026-02-01" }), "date-office-only");
            Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsJsonAsync($"/api/v1/sessions/{first}/opinions", new { delegateGroupId = group, content = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await official.PostAsJsonAsync($"/api/v1/sessions/opinions/{second}/response", new { response = "Đã công khai tại nhà văn hóa thôn." })).StatusCode);
        }

        // A question answered on time, and one never answered: overdue by its real dates.
        var answered = await QuestionReceivedAsync(office, delegatePerson, "Nước sạch thôn Đông", "2026-02-02");
        await Refused(await office.PostAsJsonAsync($"/api/v1/questions/{answered}/forward", new { role = "DepartmentHead", bodyId = department, respondentName = "Trưởng phòng Kinh tế", on = "2026-02-01" }), "date-before-previous");
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/questions/{answered}/forward", new { role = "DepartmentHead", bodyId = department, respondentName = "Trưởng phòng Kinh tế", on = "2026-02-03" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/questions/{answered}/answer", new { answer = "Quý III hoàn thành.", responsibility = "Phòng Kinh tế", measures = "Lắp đường ống", timeFrame = "Quý III/2026", on = "2026-02-16" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/questions/{answered}/evaluate", new { satisfied = true, on = "2026-02-20" })).StatusCode);
        var late = await QuestionReceivedAsync(office, delegatePerson, "Chợ xã xuống cấp", "2026-04-01");
        Assert.Equal(HttpStatusCode.OK, (await office.PostAsJsonAsync($"/api/v1/questions/{late}/forward", new { role = "DepartmentHead", bodyId = department, respondentName = "Trưởng phòng Kinh tế", on = "2026-04-02" })).StatusCode);
        var timeline = await office.GetFromJsonAsync<JsonElement>($"/api/v1/questions/{answered}");
        Assert.Contains(timeline.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("at").GetString()!.StartsWith("2026-02-16", StringComparison.Ordinal)
                                                                                && e.GetProperty("note").GetString()!.Contains("Nhập sau", StringComparison.Ordinal));

        // A third opinion, at the thematic session, never answered: the report names it among the limitations.
        var thematic = await CreatedId(await office.PostAsJsonAsync("/api/v1/sessions", new { councilId = council, number = 3, kind = "Urgent", startsOn = "2026-06-02", endsOn = "2026-06-02", venue = "Hội trường xã", isPublic = true }));
        await CreatedId(await office.PostAsJsonAsync($"/api/v1/sessions/{thematic}/opinions", new { delegateGroupId = group, content = "Đề nghị sớm lắp đèn chiếu sáng đường trục xã." }));

        // Petitions received on paper, routed and answered on their real days: one on time, one late, one never answered.
        var field = await App.WithDb((db, _) => Task.FromResult(db.PetitionFields.Where(f => f.ArchivedAt == null).OrderBy(f => f.Order).First().Id));
        await PetitionAsync(office, council, department, field, "Đèn đường thôn Tây hỏng", "2026-03-10", "2026-03-12", "2026-03-25");
        await PetitionAsync(office, council, department, field, "Rác tồn đọng bãi sông", "2026-05-04", "2026-05-05", "2026-07-20");
        await PetitionAsync(office, council, department, field, "Nước tràn đường liên xã", "2026-09-01", "2026-09-02", null);

        // Supervision by the standing committee, step by step on its real days, with a recommendation done and one overdue.
        var standing = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = commune, kind = "CouncilStandingCommittee", name = "Thường trực HĐND xã An Bình", parentId = council }));
        await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/positions", new { personId = officialPerson, bodyId = department, title = "Trưởng phòng Kinh tế", from = "2025-07-01" }));
        var supervisionProgramme = await CreatedId(await office.PostAsJsonAsync("/api/v1/supervision/programmes", new { councilId = council, ownerBodyId = standing, year = 2026, title = "Chương trình giám sát năm 2026", adoptedBy = "Kế hoạch số 01/KH-HĐND", adoptedOn = "2026-01-05" }));
        var mission = await CreatedId(await office.PostAsJsonAsync("/api/v1/supervision/missions", new
        {
            councilId = council, conductedByBodyId = standing, programmeId = supervisionProgramme, subject = "Giám sát việc quản lý chất thải rắn", scope = "Năm 2025 và quý I/2026",
            members = "Chủ tịch HĐND xã – Trưởng đoàn; Phó Chủ tịch HĐND xã.", formedOn = "2026-04-01", targets = new[] { department },
        }));
        await Refused(await office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/steps", new { step = "Report", text = "Sớm quá", on = "2026-04-05" }), "supervision-wrong-step");
        await Refused(await office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/steps", new { step = "SendPlan", text = "Kế hoạch", on = "2099-04-05" }), "date-future");
        await Refused(await office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/steps", new { step = "SendProgramme", on = "2026-04-15" }), "supervision-visits-required");
        foreach (var step in new object[]
                 {
                     new { step = "SendPlan", text = "Kế hoạch, đề cương giám sát.", on = "2026-04-10" },
                     new { step = "SendProgramme", on = "2026-04-15", visitsFrom = "2026-04-27", visitsTo = "2026-04-29" },
                     new { step = "FinishVisits", on = "2026-04-29" },
                     new { step = "Report", text = "Thu gom chưa đều ở hai thôn.", on = "2026-05-08" },
                     new { step = "Conclude", text = "Đề nghị UBND xã bố trí thêm điểm tập kết.", on = "2026-05-12" },
                 })
        {
            var taken = await office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/steps", step);
            Assert.True(taken.StatusCode == HttpStatusCode.NoContent, await taken.Content.ReadAsStringAsync());
        }

        await Refused(await office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/recommendations", new { ownerBodyId = department, ownerPersonId = officialPerson, task = "x", dueOn = "2026-08-31", on = "2026-05-01" }), "date-before-previous");
        var doneRecommendation = await CreatedId(await office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/recommendations", new { ownerBodyId = department, ownerPersonId = officialPerson, task = "Bố trí thêm hai điểm tập kết rác.", dueOn = "2026-08-31", on = "2026-05-12" }));
        var lateRecommendation = await CreatedId(await office.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/recommendations", new { ownerBodyId = department, ownerPersonId = officialPerson, task = "Công khai lịch thu gom đến từng thôn.", dueOn = "2026-09-30", on = "2026-05-12" }));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/supervision/recommendations/{doneRecommendation}/progress", new { percent = 100, text = "Đã bố trí 2/2 điểm.", on = "2026-08-20" })).StatusCode);
        using (var official = await ApiAsync(officialName, Password))
        {
            // The agency reports its own progress, today only; the council's steps are not its to take.
            await Refused(await official.PostAsJsonAsync($"/api/v1/supervision/recommendations/{lateRecommendation}/progress", new { percent = 50, text = "Đã công khai ở 3/6 thôn.", on = "2026-09-01" }), "date-office-only");
            Assert.Equal(HttpStatusCode.NoContent, (await official.PostAsJsonAsync($"/api/v1/supervision/recommendations/{lateRecommendation}/progress", new { percent = 50, text = "Đã công khai ở 3/6 thôn." })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/steps", new { step = "SendPlan", text = "x" })).StatusCode);
        }


        // The joint programme: one task on time, one late, one not done, one never reported.
        var programme = await CreatedId(await office.PostAsJsonAsync("/api/v1/coordination/programmes", new
        {
            unitId = commune, title = "Chương trình phối hợp năm 2026", year = 2026, number = "01/CTr-HĐND-UBND", signedOn = "2026-01-15", signedAt = "Hội trường xã",
            attendees = "Thường trực HĐND, UBND xã", parties = new[] { new { bodyId = standing, signatory = "Nguyễn Văn An", title = "Chủ tịch HĐND" }, new { bodyId = executive, signatory = "Trần Thị Bình", title = "Chủ tịch UBND" } },
        }));
        async Task<Guid> TaskAsync(string title, int quarter) => await CreatedId(await office.PostAsJsonAsync($"/api/v1/coordination/programmes/{programme}/tasks",
            new { section = "I. Phối hợp tổ chức kỳ họp", title, leadBodyId = executive, expectedOutput = "Báo cáo", frameKind = "Quarter", frameNumber = quarter }));
        var onTime = await TaskAsync("Chuẩn bị báo cáo kinh tế – xã hội quý I", 1);
        var lateTask = await TaskAsync("Tổng hợp kiến nghị cử tri quý II", 2);
        var notDone = await TaskAsync("Rà soát quy chế phối hợp", 2);
        await TaskAsync("Tổ chức hội nghị đối thoại quý III", 3);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/coordination/tasks/{onTime}/report", new { report = "Đã gửi báo cáo.", on = "2026-03-20" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/coordination/tasks/{lateTask}/report", new { report = "Đã tổng hợp.", on = "2026-07-15" })).StatusCode);
        await Refused(await office.PostAsJsonAsync($"/api/v1/coordination/tasks/{onTime}/evaluation", new { done = true, on = "2026-03-01" }), "date-before-previous");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/coordination/tasks/{onTime}/evaluation", new { done = true, on = "2026-12-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/coordination/tasks/{lateTask}/evaluation", new { done = true, on = "2026-12-01" })).StatusCode);
        await Refused(await office.PostAsJsonAsync($"/api/v1/coordination/tasks/{notDone}/evaluation", new { done = false, on = "2026-12-01" }), "coordination-not-done");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/coordination/tasks/{notDone}/evaluation", new { done = false, note = "Chưa bố trí được thời gian.", on = "2026-12-01" })).StatusCode);
        await CreatedId(await office.PostAsJsonAsync($"/api/v1/coordination/programmes/{programme}/quarterly-reports", new { partyBodyId = executive, quarter = 1, text = "UBND xã đã thực hiện các nhiệm vụ quý I.", on = "2026-04-02" }));
        await Refused(await office.PostAsJsonAsync($"/api/v1/coordination/programmes/{programme}/quarterly-reports", new { partyBodyId = executive, quarter = 1, text = "Lần hai." }), "coordination-quarter-reported");

        // The report counts what was entered, and only that.
        var report = await office.GetFromJsonAsync<JsonElement>($"/api/v1/reports/annual?councilId={council}&year=2026");
        Assert.Equal(1, report.GetProperty("sessions").GetProperty("regular").GetInt32());
        Assert.Equal(1, report.GetProperty("sessions").GetProperty("thematic").GetInt32());
        Assert.Equal(1, report.GetProperty("sessions").GetProperty("urgent").GetInt32());
        Assert.Equal(3, report.GetProperty("documentsReviewed").GetInt32());
        Assert.Equal(1, report.GetProperty("resolutionsPassed").GetInt32());
        Assert.Equal(3, report.GetProperty("groupDiscussionOpinions").GetInt32());
        Assert.Equal(2, report.GetProperty("groupDiscussionOpinionsAnswered").GetInt32());
        Assert.Equal(1, report.GetProperty("groupDiscussionOpinionsUnanswered").GetInt32());
        var questions = report.GetProperty("writtenQuestions");
        Assert.Equal(2, questions.GetProperty("total").GetInt32());
        Assert.Equal(1, questions.GetProperty("answered").GetInt32());
        Assert.Equal(1, questions.GetProperty("answeredOnTime").GetInt32());
        Assert.Equal(1, questions.GetProperty("overdue").GetInt32());
        var petitions = report.GetProperty("petitions");
        Assert.Equal(3, petitions.GetProperty("received").GetInt32());
        Assert.Equal(2, petitions.GetProperty("answered").GetInt32());
        Assert.Equal(1, petitions.GetProperty("answeredOnTime").GetInt32());
        Assert.Equal(1, petitions.GetProperty("answeredLate").GetInt32());
        Assert.Equal(1, petitions.GetProperty("overdue").GetInt32());
        var supervision = report.GetProperty("supervision");
        Assert.Equal(1, supervision.GetProperty("missions").GetInt32());
        Assert.Equal(2, supervision.GetProperty("recommendations").GetInt32());
        Assert.Equal(1, supervision.GetProperty("done").GetInt32());
        Assert.Equal(1, supervision.GetProperty("overdue").GetInt32());
        var coordination = report.GetProperty("coordination");
        Assert.Equal(4, coordination.GetProperty("tasks").GetInt32());
        Assert.Equal(1, coordination.GetProperty("doneOnTime").GetInt32());
        Assert.Equal(1, coordination.GetProperty("doneLate").GetInt32());
        Assert.Equal(1, coordination.GetProperty("notDone").GetInt32());
        Assert.Equal(1, coordination.GetProperty("overdue").GetInt32());
        var limitations = report.GetProperty("limitations").EnumerateArray().ToList();
        Assert.Contains(limitations, x => x.GetProperty("statistic").GetString() == "opinions.group.unanswered"
                                          && x.GetProperty("items").EnumerateArray().Any(i => i.GetString()!.Contains("đèn chiếu sáng", StringComparison.Ordinal)));
        Assert.Contains(limitations, x => x.GetProperty("statistic").GetString() == "coordination.tasks.overdue"
                                          && x.GetProperty("items").EnumerateArray().Any(i => i.GetString() == "Tổ chức hội nghị đối thoại quý III"));

        // The report's recipients are those of a commune council under a province, not a district's.
        var recipients = await App.WithDb(async (db, sp) =>
            (await sp.GetRequiredService<Web.Modules.Review.AnnualReview>().DefaultDraftAsync(db.Bodies.Single(b => b.Id == council), 2026, CancellationToken.None)).Recipients);
        Assert.Equal("Thường trực HĐND tỉnh\nThường trực Đảng ủy xã\nUBND xã\nỦy ban MTTQ Việt Nam xã\nCác đại biểu HĐND xã\nLưu: VT", recipients);

        // A public petition goes to the council of the ward it names, whichever council sits today.
        using var petitioner = App.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await petitioner.PostAsJsonAsync("/api/v1/petitions", new
        {
            name = "Lê Thị Hoa", email = $"hoa-{suffix}@example.com", title = "Đèn đường thôn Bắc hỏng " + suffix, content = "Đề nghị thay bóng đèn.", ward = "An Bình " + suffix,
        })).StatusCode);
        Assert.Equal(council, await App.WithDb((db, _) => db.Petitions.Where(p => p.Title == "Đèn đường thôn Bắc hỏng " + suffix).Select(p => p.CouncilId).SingleAsync()));

        if (demoOffice is null || ids is null)
        {
            return;
        }

        // A ward merged away in 2025 goes to the council sitting today over the ward that took it over, never to the district council
        // that has ended; the petition names the ward of today.
        Assert.Equal(HttpStatusCode.Created, (await petitioner.PostAsJsonAsync("/api/v1/petitions", new
        {
            name = "Lê Thị Hoa", email = $"hoa-{suffix}@example.com", title = "Ngõ 12 ngập nước " + suffix, content = "Đề nghị nạo vét cống.", ward = "Quan Hoa",
        })).StatusCode);
        var merged = await App.WithDb((db, _) => db.Petitions.Where(p => p.Title == "Ngõ 12 ngập nước " + suffix).Select(p => new { p.CouncilId, p.Ward }).SingleAsync());
        Assert.Equal((await App.WithDb((db, _) => db.Bodies.Where(b => b.Name == "HĐND phường Cầu Giấy").Select(b => b.Id).SingleAsync()), "Cầu Giấy"), (merged.CouncilId, merged.Ward));
        Assert.NotEqual(ids.Council, merged.CouncilId);

        // Each council sees its own on the board, the dashboard and the statistics: the other council's records are not there, and its pages are refused.
        Assert.Equal(HttpStatusCode.NotFound, (await demoOffice.PostAsJsonAsync($"/api/v1/sessions/documents/{resolution}/votes", new { @for = 1, against = 0, abstaining = 0, absent = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demoOffice.PostAsJsonAsync($"/api/v1/supervision/missions/{mission}/steps", new { step = "SendPlan", text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await demoOffice.PostAsJsonAsync("/api/v1/coordination/programmes", new { unitId = commune, title = "x", year = 2026, number = "02/CTr", signedOn = "2026-01-15", signedAt = "x", parties = Array.Empty<object>() })).StatusCode);
        var ownOpen = await office.GetFromJsonAsync<JsonElement[]>("/api/v1/obligations?state=open") ?? [];
        var demoOpen = await demoOffice.GetFromJsonAsync<JsonElement[]>("/api/v1/obligations?state=open") ?? [];
        Assert.Contains(ownOpen, o => o.GetProperty("subject").GetString() == "Nước tràn đường liên xã");
        Assert.NotEmpty(demoOpen);
        Assert.DoesNotContain(ownOpen, o => demoOpen.Any(d => d.GetProperty("id").GetGuid() == o.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(demoOpen, o => o.GetProperty("subject").GetString() == "Nước tràn đường liên xã");
        var board = await Text(await office.GetAsync("/Obligations"));
        Assert.Contains("Nước tràn đường liên xã", board, StringComparison.Ordinal);
        Assert.DoesNotContain(demoOpen[0].GetProperty("subject").GetString()!, board, StringComparison.Ordinal);
        Assert.DoesNotContain("Nước tràn đường liên xã", await Text(await demoOffice.GetAsync("/Obligations")), StringComparison.Ordinal);
        Assert.Contains("Đèn đường thôn Tây hỏng", await Text(await office.GetAsync($"/Statistics/Records?councilId={council}&year=2026&code=petitions.received")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/Review/Dashboard/{council}?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync($"/Review/Dashboard/{ids.Council}?year=2022")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync($"/Statistics/Records?councilId={ids.Council}&year=2022&code=petitions.received")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await demoOffice.GetAsync($"/Statistics/Records?councilId={council}&year=2026&code=petitions.received")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await demoOffice.GetAsync($"/Review/Dashboard/{council}?year=2026")).StatusCode);

        // Each council sees its own: the demo office cannot read the new council's report or sessions, and its own report is unchanged.
        Assert.Equal(HttpStatusCode.Forbidden, (await demoOffice.GetAsync($"/api/v1/reports/annual?councilId={council}&year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await demoOffice.GetAsync($"/api/v1/sessions/{first}")).StatusCode);
        Assert.DoesNotContain(await demoOffice.GetFromJsonAsync<JsonElement[]>("/api/v1/sessions") ?? [], s => s.GetProperty("councilId").GetGuid() == council);
        Assert.Equal(demoBefore, await Text(await demoOffice.GetAsync($"/api/v1/reports/annual?councilId={ids.Council}&year=2022")));
    }
}

public sealed class CouncilOnboardingTestsOnSqlite(SqliteApp app) : CouncilOnboardingTests(app), IClassFixture<SqliteApp>;

public sealed class CouncilOnboardingTestsOnPostgres(PostgresApp app) : CouncilOnboardingTests(app), IClassFixture<PostgresApp>;

/// <summary>The same journey on an empty database with no demo, as a new council's own installation starts.</summary>
public sealed class CouncilOnboardingTestsOnEmptyDatabase(EmptyApp app) : CouncilOnboardingTests(app), IClassFixture<EmptyApp>;

/// <summary>What the council set-up tests share: a fresh host's client for an account, and reading the API's answers.</summary>
public abstract partial class CouncilApiSteps
{
    protected const string Password = "AnBinh@2026xyz";

    protected CouncilApiSteps(AppFactory app)
    {
        app.RequireAvailable();
        App = app;
    }

    protected AppFactory App { get; }

    [GeneratedRegex(@"https?://\S+/Accounts/SetPassword\?id=(?<id>[^&\s]+)&token=(?<token>\S+)")]
    protected static partial Regex InvitationLink();

    /// <summary>A petition entered from paper, routed and (unless <paramref name="answered"/> is null) answered and accepted, each on its day.</summary>
    protected static async Task PetitionAsync(HttpClient office, Guid council, Guid agency, Guid field, string title, string received, string routed, string? answered)
    {
        var entered = await office.PostAsJsonAsync("/api/v1/petitions/entered", new { councilId = council, channel = "Reception", kind = "Feedback", title, content = title + ": đề nghị xã xử lý.", receivedOn = received });
        Assert.True(entered.StatusCode == HttpStatusCode.Created, await entered.Content.ReadAsStringAsync());
        var id = Guid.Parse(JsonDocument.Parse(await entered.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        var route = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/route", new { fieldId = field, level = "Commune", agencyBodyId = agency, on = routed });
        Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
        if (answered is null)
        {
            return;
        }

        var answer = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/answer", new { text = "UBND xã đã xử lý.", on = answered });
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        var review = await office.PostAsJsonAsync($"/api/v1/petitions/{id}/review", new { accept = true, on = answered });
        Assert.True(review.IsSuccessStatusCode, await review.Content.ReadAsStringAsync());
    }

    protected async Task<Guid> QuestionReceivedAsync(HttpClient office, Guid delegatePerson, string title, string on)
    {
        var response = await office.PostAsJsonAsync("/api/v1/questions", new { title, content = title + ": đề nghị UBND xã trả lời.", delegatePersonId = delegatePerson, on });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Submitted", json.RootElement.GetProperty("state").GetString());
        Assert.Equal(on, json.RootElement.GetProperty("submittedOn").GetString());
        return json.RootElement.GetProperty("id").GetGuid();
    }

    protected async Task<HttpClient> ApiAsync(string user, string password)
    {
        var client = App.CreateClient();
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    protected static async Task<string> Text(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    protected static async Task<string> CreatedId(HttpResponseMessage response, string property)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty(property).GetString()!;
    }

    protected static async Task<Guid> CreatedId(HttpResponseMessage response) => Guid.Parse(await CreatedId(response, "id"));

    protected static async Task Refused(HttpResponseMessage response, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        Assert.Equal(code, json.RootElement.GetProperty("title").GetString());
    }
}

/// <summary>Anyone resets a forgotten password by email; an office disables an account of its own unit only.</summary>
public abstract class CouncilAccountsTests(AppFactory app) : CouncilApiSteps(app)
{
    [Fact]
    public async Task A_forgotten_password_is_reset_by_email_and_an_office_disables_an_account_of_its_unit_only()
    {
        var other = await OtherCouncil.CreateAsync(App);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var office = await ApiAsync(other.OfficeUser, OtherCouncil.Password);
        var person = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/people", new { fullName = "Lê Thị Cúc", email = $"cuc-{suffix}@nghiado.example" }));
        var group = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = other.Unit, kind = "DelegateGroup", name = "Tổ 2", parentId = other.Council }));
        var userName = "cuc-" + suffix;
        var account = await CreatedId(await office.PostAsJsonAsync("/api/v1/accounts", new { userName, personId = person, password = Password, roles = new[] { new { role = "Delegate", bodyId = group } } }), "id");

        // Anyone asks for a reset; the answer is the same for a name that does not exist.
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { userNameOrEmail = "khong-co-" + suffix })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsJsonAsync("/api/v1/auth/password-reset", new { userNameOrEmail = userName })).StatusCode);
        var link = InvitationLink().Match(await Mailbox.LatestToAsync(App, $"cuc-{suffix}@nghiado.example"));
        Assert.True(link.Success);
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/password", new
        {
            userId = Uri.UnescapeDataString(link.Groups["id"].Value), token = Uri.UnescapeDataString(link.Groups["token"].Value), password = "MoiMoi@2026xyz",
        })).StatusCode);
        (await ApiAsync(userName, "MoiMoi@2026xyz")).Dispose();

        // The demo office cannot see, disable or grant roles to this account; its own office disables it, and it cannot sign in.
        using var demoOffice = await ApiAsync("thuongtruc", Web.Modules.Accounts.Demo.DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await demoOffice.PostAsync($"/api/v1/accounts/{account}/disable", null)).StatusCode);
        Assert.DoesNotContain(await demoOffice.GetFromJsonAsync<JsonElement[]>("/api/v1/accounts") ?? [], a => a.GetProperty("userName").GetString() == userName);
        var adminId = await App.WithDb((db, _) => Task.FromResult(db.Users.Single(u => u.UserName == "admin").Id));
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsync($"/api/v1/accounts/{adminId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"/api/v1/accounts/{account}/disable", null)).StatusCode);
        using var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "MoiMoi@2026xyz" })).StatusCode);

        // A refusal speaks the caller's language.
        var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/organisation/terms") { Content = JsonContent.Create(new { councilId = other.Council, number = 99, from = "2026-01-01", to = "2030-01-01" }) };
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var answer = await office.SendAsync(english);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains("term number", (await answer.Content.ReadAsStringAsync()).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_office_corrects_its_people_bodies_terms_and_positions_through_the_API_and_no_other_units()
    {
        var other = await OtherCouncil.CreateAsync(App);
        using var office = await ApiAsync(other.OfficeUser, OtherCouncil.Password);
        var person = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/people", new { fullName = "Trần Văn Nhầm" }));
        var group = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/bodies", new { unitId = other.Unit, kind = "DelegateGroup", name = "Tổ 9", parentId = other.Council }));
        var term = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/terms", new { councilId = other.Council, number = 1, from = "2025-07-01", to = "2026-06-30" }));
        var position = await CreatedId(await office.PostAsJsonAsync("/api/v1/organisation/positions", new { personId = person, bodyId = group, title = "Tổ viên", from = "2025-07-01" }));

        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/v1/organisation/people/{person}", new { fullName = "Trần Văn Đúng", email = "dung@nghiado.example" })).StatusCode);
        await Refused(await office.PutAsJsonAsync($"/api/v1/organisation/people/{person}", new { fullName = "" }), "name-required");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/v1/organisation/bodies/{group}", new { name = "Tổ đại biểu số 9", kind = "DelegateGroup", parentId = other.Council })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PutAsJsonAsync($"/api/v1/organisation/terms/{term}", new { number = 1, from = "2025-07-01", to = "2031-06-30" })).StatusCode);
        await Refused(await office.PostAsJsonAsync($"/api/v1/organisation/positions/{position}/end", new { endsOn = "2025-01-01" }), "period-reversed");
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/organisation/positions/{position}/end", new { endsOn = "2026-03-31" })).StatusCode);
        var stored = await App.WithDb(async (db, _) => (
            await db.People.Where(p => p.Id == person).Select(p => p.FullName).SingleAsync(),
            await db.Bodies.Where(b => b.Id == group).Select(b => b.Name).SingleAsync(),
            await db.Terms.Where(t => t.Id == term).Select(t => t.EndsOn).SingleAsync(),
            await db.Positions.Where(p => p.Id == position).Select(p => p.EndsOn).SingleAsync()));
        Assert.Equal(("Trần Văn Đúng", "Tổ đại biểu số 9", new DateOnly(2031, 6, 30), (DateOnly?)new DateOnly(2026, 3, 31)), stored);

        // The demo district's office cannot touch any of it; archived, the person is gone from further changes.
        using var stranger = await ApiAsync("thuongtruc", DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"/api/v1/organisation/people/{person}", new { fullName = "Kẻ lạ" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/organisation/bodies/{group}/archive", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"/api/v1/organisation/people/{person}/archive", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PutAsJsonAsync($"/api/v1/organisation/people/{person}", new { fullName = "Lại" })).StatusCode);

        // An administrator records which unit took over an ended one, once; an office may not.
        using var admin = await ApiAsync("admin", DongThuan.Web.Modules.Accounts.Demo.DemoAccounts.Password);
        var province = await App.WithDb((db, _) => db.Units.Where(u => u.Id == other.Unit).Select(u => u.ParentId!.Value).SingleAsync());
        var ended = await CreatedId(await admin.PostAsJsonAsync("/api/v1/organisation/units", new { name = "Xã Cũ " + Guid.NewGuid().ToString("N")[..4], level = "Commune", parentId = province, validFrom = "2000-01-01", validTo = "2025-06-30" }));
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync($"/api/v1/organisation/units/{ended}/successors", new { successorId = other.Unit })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/organisation/units/{ended}/successors", new { successorId = other.Unit })).StatusCode);
        await Refused(await admin.PostAsJsonAsync($"/api/v1/organisation/units/{ended}/successors", new { successorId = other.Unit }), "successor-duplicate");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/organisation/units/{ended}", new { name = "Xã Cũ Đã Sáp Nhập", level = "Commune", parentId = province, validFrom = "2000-01-01", validTo = "2025-06-30" })).StatusCode);
        await Refused(await admin.PutAsJsonAsync($"/api/v1/organisation/units/{ended}", new { name = "Xã Cũ", level = "Commune", parentId = province, validFrom = "2026-01-01", validTo = "2025-06-30" }), "period-reversed");
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PutAsJsonAsync($"/api/v1/organisation/units/{ended}", new { name = "X", level = "Commune", parentId = province })).StatusCode);
    }
}

public sealed class CouncilAccountsTestsOnSqlite(SqliteApp app) : CouncilAccountsTests(app), IClassFixture<SqliteApp>;

public sealed class CouncilAccountsTestsOnPostgres(PostgresApp app) : CouncilAccountsTests(app), IClassFixture<PostgresApp>;
