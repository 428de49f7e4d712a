namespace DongThuan.Web.Modules.Portal.Comments;

/// <summary>What a reader or a moderator is told after an accepted action (resource keys of their translations).</summary>
public static class CommentNotices
{
    public const string Sent = "Cảm ơn bạn. Bình luận sẽ hiển thị sau khi được duyệt.";
    public const string Edited = "Đã sửa bình luận; bình luận sẽ hiển thị lại sau khi được duyệt.";
    public const string Withdrawn = "Đã xóa bình luận của bạn.";
    public const string Reported = "Cảm ơn bạn đã báo cáo; ban biên tập sẽ xem xét bình luận này.";
    public const string Published = "Đã duyệt: bình luận đã hiển thị.";
    public const string Rejected = "Đã từ chối bình luận; người viết sẽ thấy lý do.";

    public static readonly string[] All = [Sent, Edited, Withdrawn, Reported, Published, Rejected];
}
