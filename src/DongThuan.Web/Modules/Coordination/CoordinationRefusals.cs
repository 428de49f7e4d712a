using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Coordination;

public static class CoordinationRefusals
{
    public static readonly Refusal ProgrammeText = new("coordination-text", "Vui lòng nhập tên chương trình và địa điểm ký kết.");
    public static readonly Refusal ProgrammeNumber = new("coordination-number", "Số chương trình phải có dạng số/CTr-…, ví dụ 01/CTr-HĐND-UBND-MTTQ (Nghị định 30/2020, Phụ lục III).");
    public static readonly Refusal SignedInYear = new("coordination-signed", "Chương trình được ký trong năm thực hiện hoặc cuối năm trước.");
    public static readonly Refusal TwoParties = new("coordination-parties", "Chương trình phối hợp cần ít nhất hai bên, mỗi bên có người ký.");
    public static readonly Refusal Signatory = new("coordination-signatory", "Vui lòng nhập người ký và chức vụ của mỗi bên.");
    public static readonly Refusal DuplicateNumber = new("coordination-duplicate", "Số chương trình này đã được dùng trong năm.");
    public static readonly Refusal TaskText = new("coordination-task-text", "Vui lòng nhập mục, nội dung nhiệm vụ và sản phẩm dự kiến.");
    public static readonly Refusal TimeFrame = new("coordination-frame", "Thời gian thực hiện không hợp lệ: chọn ngày, tháng (1–12), quý (1–4) hoặc cả năm.");
    public static readonly Refusal FrameInYear = new("coordination-frame-year", "Thời gian thực hiện phải nằm trong năm của chương trình.");
    public static readonly Refusal LeadParty = new("coordination-lead", "Cơ quan chủ trì phải là một bên của chương trình hoặc cơ quan của đơn vị; người phụ trách phải giữ chức vụ tại cơ quan đó.");
    public static readonly Refusal TaskNotOpen = new("coordination-task-not-open", "Nhiệm vụ này đã được báo cáo hoặc đánh giá.");
    public static readonly Refusal ReportText = new("coordination-report-text", "Vui lòng nhập nội dung báo cáo.");
    public static readonly Refusal AlreadyEvaluated = new("coordination-evaluated", "Nhiệm vụ này đã được đánh giá.");
    public static readonly Refusal EvaluateAtYearEnd = new("coordination-evaluate-early", "Chỉ đánh giá nhiệm vụ khi tổng kết năm (từ tháng 12) hoặc khi đã hết thời hạn.");
    public static readonly Refusal DoneDate = new("coordination-done-date", "Vui lòng nhập ngày hoàn thành, không sau hôm nay.");
    public static readonly Refusal NotDoneReason = new("coordination-not-done", "Vui lòng nêu lý do chưa hoàn thành.");
    public static readonly Refusal Quarter = new("coordination-quarter", "Quý phải từ 1 đến 4.");
    public static readonly Refusal QuarterNotBegun = new("coordination-quarter-early", "Chưa đến quý này.");
    public static readonly Refusal QuarterReported = new("coordination-quarter-reported", "Bên này đã có báo cáo của quý này.");
    public static readonly Refusal PartyOfUnit = new("coordination-party-unit", "Các bên ký chương trình phải là cơ quan của đơn vị này.");
    public static readonly Refusal NotAParty = new("coordination-not-party", "Chỉ các bên của chương trình báo cáo tiến độ.");
    public static readonly Refusal MovementText = new("emulation-text", "Vui lòng nhập tên phong trào, cơ quan phát động và tiêu chí.");
    public static readonly Refusal MovementPeriod = new("emulation-period", "Ngày kết thúc phong trào không được trước ngày bắt đầu.");
    public static readonly Refusal MovementParticipants = new("emulation-participants", "Vui lòng chọn ít nhất một đơn vị tham gia.");
    public static readonly Refusal AlreadyRegistered = new("emulation-registered", "Đơn vị đã đăng ký thi đua.");
    public static readonly Refusal CommitmentText = new("emulation-commitment", "Vui lòng nhập nội dung đăng ký thi đua.");
    public static readonly Refusal MovementOver = new("emulation-over", "Phong trào đã kết thúc.");
    public static readonly Refusal CommendationType = new("emulation-commendation-type", "Hình thức khen thưởng không hợp lệ.");
    public static readonly Refusal CommendationText = new("emulation-commendation-text", "Vui lòng nhập đối tượng được khen thưởng và số quyết định.");
    public static readonly Refusal CommendationDate = new("emulation-commendation-date", "Ngày quyết định khen thưởng không được trước ngày phát động.");
}
