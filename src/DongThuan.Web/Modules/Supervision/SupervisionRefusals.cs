using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Supervision;

public static class SupervisionRefusals
{
    public static readonly Refusal ProgrammeText = new("supervision-programme-text", "Vui lòng nhập tên chương trình và văn bản thông qua.");
    public static readonly Refusal ProgrammeYear = new("supervision-programme-year", "Năm của chương trình không hợp lệ.");
    public static readonly Refusal ProgrammeOwner = new("supervision-programme-owner", "Chương trình giám sát phải của HĐND, Thường trực HĐND hoặc một Ban của HĐND này.");
    public static readonly Refusal CouncilProgrammeAdoptedYearBefore = new("supervision-programme-year-before", "Chương trình giám sát của HĐND được thông qua tại kỳ họp giữa năm của năm trước (Luật 87/2015, Điều 58).");
    public static readonly Refusal ProgrammeAdoptedLate = new("supervision-programme-late", "Chương trình giám sát phải được quyết định chậm nhất trong tháng 01 của năm thực hiện.");
    public static readonly Refusal MissionText = new("supervision-mission-text", "Vui lòng nhập nội dung, phạm vi giám sát và thành phần đoàn.");
    public static readonly Refusal MissionConductor = new("supervision-mission-conductor", "Chủ thể giám sát phải là Thường trực HĐND, một Ban hoặc một Tổ đại biểu của HĐND này.");
    public static readonly Refusal MissionTargets = new("supervision-mission-targets", "Vui lòng chọn ít nhất một cơ quan chịu sự giám sát của đơn vị này.");
    public static readonly Refusal WrongStep = new("supervision-wrong-step", "Đoàn giám sát chưa ở bước này hoặc đã qua bước này.");
    public static readonly Refusal PlanText = new("supervision-plan-text", "Vui lòng nhập kế hoạch, đề cương giám sát.");
    public static readonly Refusal DateBeforePreviousStep = new("supervision-date-order", "Ngày của bước này không được trước bước trước đó.");
    public static readonly Refusal ProgrammeNoticeTooShort = new("supervision-programme-notice", "Chương trình, thành phần đoàn phải gửi ít nhất 10 ngày trước khi giám sát (Luật 87/2015, Điều 71).");
    public static readonly Refusal VisitsRequired = new("supervision-visits-required", "Vui lòng nhập ngày bắt đầu và ngày kết thúc giám sát.");
    public static readonly Refusal VisitsOrder = new("supervision-visits-order", "Ngày kết thúc giám sát không được trước ngày bắt đầu.");
    public static readonly Refusal FindingsText = new("supervision-findings", "Vui lòng nhập kết quả giám sát.");
    public static readonly Refusal ConclusionText = new("supervision-conclusion", "Vui lòng nhập kết luận của Thường trực HĐND.");
    public static readonly Refusal NoDeadlineRule = new("supervision-no-rule", "Chưa có quy định thời hạn áp dụng cho bước giám sát này vào ngày đó; đề nghị quản trị viên bổ sung.");
    public static readonly Refusal RecommendationBeforeReport = new("supervision-recommendation-early", "Chỉ ghi kiến nghị sau khi đoàn giám sát có báo cáo kết quả.");
    public static readonly Refusal RecommendationText = new("supervision-recommendation-text", "Vui lòng nhập nội dung kiến nghị.");
    public static readonly Refusal RecommendationDue = new("supervision-recommendation-due", "Thời hạn thực hiện kiến nghị phải sau ngày ban hành.");
    public static readonly Refusal RecommendationOwner = new("supervision-recommendation-owner", "Kiến nghị phải giao cho một cơ quan của đơn vị và một người đang giữ chức vụ tại cơ quan đó.");
    public static readonly Refusal AlreadyCompleted = new("supervision-completed", "Kiến nghị này đã hoàn thành.");
    public static readonly Refusal PercentRange = new("supervision-percent", "Tiến độ phải từ 0 đến 100%.");
    public static readonly Refusal PercentBackwards = new("supervision-percent-backwards", "Tiến độ mới không được thấp hơn tiến độ đã báo cáo.");
    public static readonly Refusal ProgressText = new("supervision-progress-text", "Vui lòng nêu kết quả thực hiện.");
    public static readonly Refusal DisputeOnlyCompleted = new("supervision-dispute", "Chỉ không chấp nhận được kiến nghị đã báo cáo hoàn thành.");
    public static readonly Refusal ReasonRequired = new("supervision-reason", "Vui lòng nêu lý do (tối đa 2.000 ký tự).");
    public static readonly Refusal NewDueInFuture = new("supervision-new-due", "Vui lòng đặt thời hạn mới sau ngày hôm nay.");
    public static readonly Refusal NotReSupervision = new("supervision-not-resupervision", "Đoàn giám sát này không phải đoàn tái giám sát.");
    public static readonly Refusal CheckBeforeVisits = new("supervision-check-early", "Chỉ ghi kết quả tái giám sát sau khi kết thúc giám sát.");
    public static readonly Refusal CheckReasons = new("supervision-check-reasons", "Vui lòng nêu lý do khi kiến nghị chưa hoàn thành.");
    public static readonly Refusal AlreadyChecked = new("supervision-checked", "Kiến nghị này đã có kết quả tái giám sát của đoàn.");
    public static readonly Refusal NothingToReSupervise = new("supervision-nothing", "Vui lòng chọn ít nhất một kiến nghị chưa hoàn thành để tái giám sát.");
    public static readonly Refusal CandidateTaken = new("supervision-candidate-taken", "Nội dung này đã được đưa vào một đoàn giám sát.");
}
