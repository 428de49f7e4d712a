using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Coordination;

public static class CoordinationNames
{
    public static string Of(TaskState s) => s switch
    {
        TaskState.Open => "Đang thực hiện",
        TaskState.Reported => "Đã báo cáo hoàn thành",
        _ => "Đã đánh giá",
    };

    public static string Of(TaskEvaluation e) => e switch
    {
        TaskEvaluation.DoneOnTime => "Hoàn thành đúng hạn",
        TaskEvaluation.DoneLate => "Hoàn thành trễ hạn",
        _ => "Chưa hoàn thành",
    };

    public static string Of(TimeFrameKind k) => k switch
    {
        TimeFrameKind.Date => "Ngày",
        TimeFrameKind.Month => "Tháng",
        TimeFrameKind.Quarter => "Quý",
        _ => "Cả năm",
    };

    public static string Of(CommendationType t) => t switch
    {
        CommendationType.EmulationFlag => "Cờ thi đua",
        CommendationType.Certificate => "Bằng khen",
        CommendationType.Commendation => "Giấy khen",
        _ => "Danh hiệu thi đua",
    };

    /// <summary>A task's timeline state as stored (a state or an evaluation name).</summary>
    public static string OfStored(string state) =>
        EnumText.TryParseName<TaskEvaluation>(state, out var e) ? Of(e)
        : EnumText.TryParseName<TaskState>(state, out var s) ? Of(s)
        : state;
}
