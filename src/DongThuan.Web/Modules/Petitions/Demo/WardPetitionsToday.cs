using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts.Demo;
using DongThuan.Web.Modules.Organisation.Demo;

namespace DongThuan.Web.Modules.Petitions.Demo;

/// <summary>
/// The ward's petitions of this year, dated back from the day the demo is seeded: one received yesterday and not yet
/// routed, one due in a few days, one due later this month, one overdue, and one answered and accepted. Entered by the
/// ward's office through the same use cases as its pages (enter, route, answer, accept), on the days they happened.
/// </summary>
public static class WardPetitionsToday
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var ward = run.Shared<CauGiayWard>();
        var today = VietnamTime.Today(run.Service<TimeProvider>());
        var office = await DemoSignIn.AsAsync(run, "phuong.vanphong");
        var desk = run.Service<PetitionDesk>();
        var intake = run.Service<PetitionIntake>();

        // The office's routing rules at ward level, so routing proposes an agency: land, building, environment, transport and
        // the economy to the economy, infrastructure and urban department; health, schools, culture and welfare to culture and
        // society; order, justice and the rest to the committee itself.
        var economy = ward.EconomyDepartment.Id;
        var culture = ward.CultureDepartment.Id;
        var committee = ward.PeoplesCommittee.Id;
        Guid[] agencyOfField = [economy, economy, economy, economy, culture, culture, culture, committee, culture, economy, committee, committee];
        for (var f = 0; f < agencyOfField.Length; f++)
        {
            var set = await SetRoutingRule.ExecuteAsync(desk.Db, office, new SetRoutingRule.Request(PetitionFieldConfiguration.FieldIds[f], CompetentLevel.Commune, agencyOfField[f]), ct);
            DemoOutcome.Require(set!.Value.Outcome, PetitionFieldConfiguration.DefaultNames[f]);
        }
        var rows = new (string Title, string Content, int Received, Guid? Agency, int Field, int? Routed, int? Answered)[]
        {
            ("Nắp cống vỡ trước số 15 ngõ 92 Trần Quốc Hoàn", "Nắp cống vỡ, nguy hiểm cho người đi xe máy, nhất là buổi tối.", 1, null, 1, null, null),
            ("Quán karaoke hoạt động quá giờ ở ngõ 175 Xuân Thủy", "Quán hát đến sau 23 giờ, ảnh hưởng giấc ngủ của cả ngõ.", 27, ward.CultureDepartment.Id, 0, 26, null),
            ("Cây xanh nghiêng trên phố Dương Quảng Hàm", "Cây sấu lớn nghiêng ra lòng đường sau mưa bão, có nguy cơ đổ.", 20, ward.EconomyDepartment.Id, 1, 19, null),
            ("Đề nghị công khai quy hoạch khu đất trống tổ dân phố 21", "Cử tri đề nghị công khai quy hoạch, mục đích sử dụng khu đất trống đã rào nhiều năm.", 50, ward.PeoplesCommittee.Id, 1, 49, null),
            ("Thời gian giải quyết hồ sơ đăng ký hộ kinh doanh", "Đề nghị rút ngắn thời gian và công khai tiến độ giải quyết hồ sơ đăng ký hộ kinh doanh.", 40, ward.EconomyDepartment.Id, 0, 38, 20),
        };
        foreach (var r in rows)
        {
            var received = today.AddDays(-r.Received);
            var (entered, receipt) = await EnterPetition.ExecuteAsync(desk, intake, office,
                new EnterPetition.Request(ward.Council.Id, PetitionChannel.Reception, PetitionKind.Feedback, r.Title, r.Content, Ward: "Cầu Giấy", ReceivedOn: received), ct);
            DemoOutcome.Require(entered, r.Title);
            var p = (await desk.FindAsync(receipt!.Petition.Id, ct))!;
            if (r.Routed is not { } routed)
            {
                continue;
            }

            DemoOutcome.Require(await RoutePetition.ExecuteAsync(desk, office, p, new RoutePetition.Request(PetitionFieldConfiguration.FieldIds[r.Field], CompetentLevel.Commune, r.Agency,
                On: today.AddDays(-routed)), ct), r.Title);
            if (r.Answered is not { } answered)
            {
                continue;
            }

            var day = today.AddDays(-answered);
            DemoOutcome.Require(await AnswerPetition.ExecuteAsync(desk, office, p, new AnswerPetition.Request("UBND phường đã rà soát quy trình, niêm yết tiến độ từng hồ sơ tại bộ phận một cửa.", On: day), [], ct), r.Title);
            DemoOutcome.Require(await desk.ApplyOnAsync(p, office, day.AddDays(2), p.AnswerSubmittedOn, (x, d) => x.AcceptAnswer(d), null, ct), r.Title);
        }
    }
}
