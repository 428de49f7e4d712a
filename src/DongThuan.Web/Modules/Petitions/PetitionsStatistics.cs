using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Statistics;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The figures of voters' petitions received in a period: by channel, field, competent level and state;
/// answered, answered on time, answered late and overdue (by agency); the median working days to an answer;
/// reopened. A petition merged into a consolidated one is counted once, as the consolidated one. In every
/// list a denunciation appears by its tracking code only (its title can identify the person who made it).
/// </summary>
public static class PetitionsStatistics
{
    public const string Received = "petitions.received", ByMonth = "petitions.by-month", ByField = "petitions.by-field", ByLevel = "petitions.by-level", ByState = "petitions.by-state",
        Answered = "petitions.answered", AnsweredOnTime = "petitions.answered-on-time", AnsweredLate = "petitions.answered-late",
        Overdue = "petitions.overdue", MedianWorkingDays = "petitions.median-working-days", Reopened = "petitions.reopened";

    public static IServiceCollection AddPetitionsStatistics(this IServiceCollection services) => services
        .AddStatistic(new Statistic(Received, "Kiến nghị của cử tri tiếp nhận",
            "Các kiến nghị, phản ánh, khiếu nại, tố cáo tiếp nhận trong kỳ báo cáo (kiến nghị đã gộp được tính một lần trong kiến nghị tổng hợp), theo kênh tiếp nhận.",
            (db, s) => Counted(db, s).Select(p => new CountedRecord
            {
                Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.ReceivedOn, Code = (int)p.Channel,
            }),
            Url, CodeName: c => PetitionNames.Of((PetitionChannel)c), GroupLabel: "Kênh tiếp nhận"))
        .AddStatistic(new Statistic(ByMonth, "Kiến nghị theo tháng tiếp nhận",
            "Các kiến nghị tiếp nhận nói trên, theo tháng tiếp nhận.",
            (db, s) => Counted(db, s).Select(p => new CountedRecord
            {
                Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.ReceivedOn, Code = p.ReceivedOn.Month,
            }), Url, CodeName: c => $"Tháng {c}", GroupLabel: "Tháng"))
        .AddStatistic(new Statistic(ByField, "Kiến nghị theo lĩnh vực",
            "Các kiến nghị tiếp nhận nói trên, theo lĩnh vực được phân loại.",
            (db, s) =>
            {
                var fields = db.Set<PetitionField>();
                return Counted(db, s).Select(p => new CountedRecord
                {
                    Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.ReceivedOn,
                    Group = fields.Where(f => f.Id == p.FieldId).Select(f => f.Name).FirstOrDefault(),
                });
            }, Url, GroupLabel: "Lĩnh vực"))
        .AddStatistic(new Statistic(ByLevel, "Kiến nghị theo thẩm quyền giải quyết", "Các kiến nghị tiếp nhận nói trên, theo cấp có thẩm quyền giải quyết.",
            (db, s) => Counted(db, s).Select(p => new CountedRecord
            {
                Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.ReceivedOn, Code = (int?)p.Level,
            }), Url, CodeName: c => PetitionNames.Of((CompetentLevel)c), GroupLabel: "Cấp có thẩm quyền"))
        .AddStatistic(new Statistic(ByState, "Kiến nghị theo tình trạng", "Các kiến nghị tiếp nhận nói trên, theo tình trạng vào ngày lập báo cáo.",
            (db, s) => Counted(db, s).Select(p => new CountedRecord
            {
                Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.ReceivedOn, Code = (int)p.State,
            }), Url, CodeName: c => PetitionNames.Of((PetitionState)c), GroupLabel: "Tình trạng"))
        .AddStatistic(new Statistic(Answered, "Kiến nghị đã được trả lời",
            "Các kiến nghị tiếp nhận nói trên đã có văn bản trả lời được duyệt.",
            (db, s) => Counted(db, s).Where(p => p.AnsweredOn != null)
                .Select(p => new CountedRecord { Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.AnsweredOn }),
            Url))
        .AddStatistic(new Statistic(AnsweredOnTime, "Kiến nghị được trả lời đúng hạn",
            "Các kiến nghị đã trả lời không muộn hơn hạn ban đầu.",
            (db, s) =>
            {
                var obligations = db.Set<Obligation>();
                return Counted(db, s).Where(p => obligations.Any(o => o.Id == p.ObligationId && o.State == ObligationState.Fulfilled && o.FulfilledOn <= o.OriginalDueOn))
                    .Select(p => new CountedRecord { Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.AnsweredOn });
            }, Url))
        .AddStatistic(new Statistic(AnsweredLate, "Kiến nghị được trả lời chậm",
            "Các kiến nghị đã trả lời sau hạn ban đầu, theo cơ quan giải quyết.",
            (db, s) =>
            {
                var obligations = db.Set<Obligation>();
                var bodies = db.Set<Body>();
                return Counted(db, s).Where(p => obligations.Any(o => o.Id == p.ObligationId && o.State == ObligationState.Fulfilled && o.FulfilledOn > o.OriginalDueOn))
                    .Select(p => new CountedRecord
                    {
                        Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.AnsweredOn,
                        Group = bodies.Where(b => b.Id == p.AgencyBodyId).Select(b => b.Name).FirstOrDefault(),
                    });
            }, Url, GroupLabel: "Cơ quan giải quyết"))
        .AddStatistic(new Statistic(Overdue, "Kiến nghị quá hạn chưa trả lời",
            "Các kiến nghị chưa có trả lời mà đã quá hạn vào ngày lập báo cáo, theo cơ quan giải quyết.",
            (db, s) =>
            {
                var obligations = db.Set<Obligation>();
                var bodies = db.Set<Body>();
                return Counted(db, s).Where(p => obligations.Any(o => o.Id == p.ObligationId && o.State == ObligationState.Open && o.DueOn < s.Today))
                    .Select(p => new CountedRecord
                    {
                        Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.ReceivedOn,
                        Group = bodies.Where(b => b.Id == p.AgencyBodyId).Select(b => b.Name).FirstOrDefault(),
                    });
            }, Url, GroupLabel: "Cơ quan giải quyết"))
        .AddStatistic(new Statistic(MedianWorkingDays, "Số ngày làm việc để trả lời kiến nghị (trung vị)",
            "Trung vị số ngày làm việc (trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ) từ ngày tiếp nhận đến ngày trả lời, trên các kiến nghị đã trả lời.",
            (db, s) => Counted(db, s).Where(p => p.AnsweredOn != null).Select(p => new CountedRecord
            {
                Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.AnsweredOn,
                Started = p.ReceivedOn, Ended = p.AnsweredOn,
            }), Url, Measure.MedianWorkingDays))
        .AddStatistic(new Statistic(Reopened, "Kiến nghị phải giải quyết lại",
            "Các kiến nghị mà cử tri đánh giá chưa được giải quyết nên được mở lại ít nhất một lần.",
            (db, s) => Counted(db, s).Where(p => p.Reopened > 0)
                .Select(p => new CountedRecord { Id = p.Id, Title = p.Kind == PetitionKind.Denunciation ? p.TrackingCode : p.TrackingCode + " – " + p.Title, On = p.AnsweredOn }),
            Url));

    private static string Url(CountedRecord r) => $"/Petitions/Details/{r.Id}";

    private static IQueryable<Petition> Counted(DongThuanDb db, StatisticScope s) =>
        db.Set<Petition>().Where(p => p.CouncilId == s.CouncilId && p.ReceivedOn >= s.From && p.ReceivedOn <= s.To && p.State != PetitionState.Merged);
}
