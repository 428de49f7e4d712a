namespace DongThuan.Web.Modules.Petitions;

/// <summary>Vietnamese names of the petition enums (keys of the English translations).</summary>
public static class PetitionNames
{
    public static string Of(PetitionKind kind) => kind switch
    {
        PetitionKind.Feedback => "Kiến nghị, phản ánh",
        PetitionKind.Complaint => "Khiếu nại",
        _ => "Tố cáo",
    };

    public static string Of(PetitionChannel channel) => channel switch
    {
        PetitionChannel.Online => "Cổng trực tuyến",
        PetitionChannel.VoterMeeting => "Tiếp xúc cử tri",
        PetitionChannel.Reception => "Tiếp công dân",
        PetitionChannel.FrontList => "Ủy ban MTTQ tổng hợp",
        PetitionChannel.Dialogue => "Hội nghị đối thoại",
        PetitionChannel.Import => "Nhập từ tệp",
        _ => "Tổng hợp từ nhiều nguồn",
    };

    public static string Of(PetitionState state) => state switch
    {
        PetitionState.Received => "Đã tiếp nhận",
        PetitionState.Routed => "Đang giải quyết",
        PetitionState.AnswerSubmitted => "Chờ duyệt trả lời",
        PetitionState.Answered => "Đã trả lời",
        PetitionState.NotResolved => "Chưa được giải quyết",
        PetitionState.Closed => "Đã kết thúc",
        _ => "Đã gộp vào kiến nghị tổng hợp",
    };

    public static string Of(CompetentLevel level) => level switch
    {
        CompetentLevel.Commune => "Cấp xã, phường",
        // No "(trước 01/7/2025)": the label is read in the reports of the years when districts stood.
        CompetentLevel.District => "Cấp huyện, quận",
        CompetentLevel.Province => "Cấp tỉnh, thành phố",
        _ => "Trung ương",
    };

    public static string Of(PetitionRating rating) => rating switch
    {
        PetitionRating.Resolved => "Đã giải quyết",
        PetitionRating.PartlyResolved => "Giải quyết một phần",
        _ => "Chưa giải quyết",
    };

    public static string Of(MeetingTiming timing) => timing switch
    {
        MeetingTiming.BeforeSession => "Trước kỳ họp",
        MeetingTiming.AfterSession => "Sau kỳ họp",
        _ => "Tiếp xúc chuyên đề",
    };

    public static string Of(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.Handling => "Xử lý thông tin để giải quyết kiến nghị",
        ConsentPurpose.PublishAnswer => "Công khai câu trả lời (đã ẩn thông tin cá nhân)",
        _ => "Nhận thông báo qua email",
    };
}
