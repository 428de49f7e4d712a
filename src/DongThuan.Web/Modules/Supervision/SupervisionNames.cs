using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>The Vietnamese names of the module's states (resource keys of their English).</summary>
public static class SupervisionNames
{
    public static string Of(MissionState s) => s switch
    {
        MissionState.Formed => "Đã thành lập đoàn",
        MissionState.PlanSent => "Đã gửi kế hoạch, đề cương",
        MissionState.Scheduled => "Đã gửi chương trình giám sát",
        MissionState.Visited => "Đã kết thúc giám sát",
        MissionState.Reported => "Đã báo cáo kết quả",
        _ => "Đã có kết luận",
    };

    public static string Of(RecommendationState s) => s switch
    {
        RecommendationState.Open => "Chưa thực hiện",
        RecommendationState.InProgress => "Đang thực hiện",
        RecommendationState.Completed => "Đã hoàn thành",
        _ => "Chưa chấp nhận kết quả",
    };

    public static string Of(CheckOutcome o) => o switch
    {
        CheckOutcome.Done => "Đã thực hiện đầy đủ",
        CheckOutcome.PartlyDone => "Thực hiện một phần",
        _ => "Chưa thực hiện",
    };

    /// <summary>A timeline state stored as an enum name of either kind of subject.</summary>
    public static string OfStored(string state) =>
        EnumText.TryParseName<MissionState>(state, out var m) ? Of(m)
        : EnumText.TryParseName<RecommendationState>(state, out var r) ? Of(r)
        : state;
}
