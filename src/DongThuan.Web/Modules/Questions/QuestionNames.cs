namespace DongThuan.Web.Modules.Questions;

/// <summary>Vietnamese names (resource keys) of the question vocabulary.</summary>
public static class QuestionNames
{
    public static string Of(QuestionState state) => state switch
    {
        QuestionState.Draft => "Đang soạn",
        QuestionState.Submitted => "Đã gửi Thường trực",
        QuestionState.Returned => "Bị trả lại",
        QuestionState.Forwarded => "Đã chuyển người trả lời",
        QuestionState.Answered => "Đã trả lời",
        QuestionState.Satisfied => "Đại biểu đồng ý",
        QuestionState.NotSatisfied => "Đại biểu chưa đồng ý",
        QuestionState.AwaitingFurtherAnswer => "Chờ trả lời bổ sung",
        _ => "Đã kết thúc",
    };

    public static string Of(RespondentRole role) => role switch
    {
        RespondentRole.PeoplesCommitteeChair => "Chủ tịch UBND",
        RespondentRole.PeoplesCommitteeMember => "Thành viên UBND",
        RespondentRole.DepartmentHead => "Thủ trưởng cơ quan chuyên môn thuộc UBND",
        RespondentRole.CourtPresident => "Chánh án Tòa án nhân dân",
        _ => "Viện trưởng Viện kiểm sát nhân dân",
    };

    public static string Of(FollowUp followUp) => followUp switch
    {
        FollowUp.FurtherAnswer => "Đề nghị trả lời thêm",
        FollowUp.StandingCommitteeDiscussion => "Đề nghị thảo luận tại phiên họp Thường trực HĐND",
        _ => "Đề nghị đưa vào chương trình giám sát",
    };

    public static string Of(QuestionChannel channel) => channel == QuestionChannel.AtSession ? "Tại kỳ họp" : "Giữa hai kỳ họp";
}
