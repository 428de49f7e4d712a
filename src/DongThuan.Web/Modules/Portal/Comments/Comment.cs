using System.Text.RegularExpressions;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Portal.Comments;

public enum CommentState
{
    /// <summary>Written, waiting for a moderator; only its author sees it.</summary>
    Pending = 0,
    Published = 1,

    /// <summary>Refused by a moderator, with a reason its author sees.</summary>
    Rejected = 2,

    /// <summary>Taken down by its author; kept (records are archived, never deleted) but shown to no one.</summary>
    Withdrawn = 3,
}

/// <summary>
/// A reader's comment on an article, or a reply to one (one level deep). Every comment, a staff member's
/// official reply included, waits for a moderator before anyone else sees it; its text is plain text, never
/// markup, so it is shown encoded and no HTML or script can get through.
/// </summary>
public sealed partial class Comment : Entity, IUnitOwned
{
    public const int TextLimit = 2_000, LinkLimit = 2, ReasonLimit = 500;

    /// <summary>How long the author may still change what they wrote.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public Guid UnitId { get; private set; }

    public Guid ArticleId { get; private set; }

    /// <summary>The comment this one answers; null for a comment on the article itself.</summary>
    public Guid? ParentId { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    /// <summary>Written by staff of the article's council: shown as the council's official answer.</summary>
    public bool IsOfficial { get; private set; }

    public string Text { get; private set; } = "";

    public CommentState State { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public DateTimeOffset? ModeratedAt { get; private set; }

    public string? ModeratedBy { get; private set; }

    /// <summary>How many readers reported it since it was last moderated; a reported comment goes back to the moderators' list.</summary>
    public int OpenReports { get; private set; }

    private Comment()
    {
    }

    public static Comment Write(Article article, Comment? parent, string userId, string authorName, bool official, string? text, DateTimeOffset now, out Outcome outcome)
    {
        var comment = new Comment
        {
            UnitId = article.UnitId, ArticleId = article.Id, AuthorUserId = userId, AuthorName = authorName, IsOfficial = official,
            WrittenAt = now.ToUniversalTime(), State = CommentState.Pending,
        };
        if (parent is not null)
        {
            // Replies are one level deep: an answer to a reply answers the comment the reply is under.
            if (parent.ArticleId != article.Id || parent.State != CommentState.Published)
            {
                outcome = CommentRefusals.ParentGone;
                return comment;
            }

            comment.ParentId = parent.ParentId ?? parent.Id;
        }

        outcome = Check(text);
        if (outcome.Succeeded)
        {
            comment.Text = Normalise(text!);
        }

        return comment;
    }

    public bool IsAuthor(string userId) => AuthorUserId == userId;

    public bool CanEditAt(DateTimeOffset now) => State is CommentState.Pending or CommentState.Published && now - WrittenAt <= EditWindow;

    /// <summary>The author changes the text within the window; a changed comment is moderated again.</summary>
    public Outcome Edit(string userId, string? text, DateTimeOffset now)
    {
        if (!IsAuthor(userId))
        {
            return CommentRefusals.NotAuthor;
        }

        if (!CanEditAt(now))
        {
            return CommentRefusals.EditWindowOver;
        }

        var check = Check(text);
        if (!check.Succeeded)
        {
            return check;
        }

        (Text, EditedAt, State, ModeratedAt, ModeratedBy) = (Normalise(text!), now.ToUniversalTime(), CommentState.Pending, null, null);
        return Outcome.Done;
    }

    /// <summary>The author takes it down, at any time.</summary>
    public Outcome Withdraw(string userId, DateTimeOffset now)
    {
        if (!IsAuthor(userId))
        {
            return CommentRefusals.NotAuthor;
        }

        if (State == CommentState.Withdrawn)
        {
            return CommentRefusals.AlreadyWithdrawn;
        }

        (State, EditedAt) = (CommentState.Withdrawn, now.ToUniversalTime());
        return Outcome.Done;
    }

    public Outcome Publish(string moderator, DateTimeOffset now)
    {
        if (State is not (CommentState.Pending or CommentState.Published))
        {
            return CommentRefusals.NotModeratable;
        }

        (State, RejectionReason, ModeratedAt, ModeratedBy, OpenReports) = (CommentState.Published, null, now.ToUniversalTime(), moderator, 0);
        return Outcome.Done;
    }

    /// <summary>Refuses a waiting comment, or takes down a published one; the reason is shown to the author.</summary>
    public Outcome Reject(string moderator, string? reason, DateTimeOffset now)
    {
        if (State is not (CommentState.Pending or CommentState.Published))
        {
            return CommentRefusals.NotModeratable;
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonLimit)
        {
            return CommentRefusals.ReasonRequired;
        }

        (State, RejectionReason, ModeratedAt, ModeratedBy, OpenReports) = (CommentState.Rejected, reason.Trim(), now.ToUniversalTime(), moderator, 0);
        return Outcome.Done;
    }

    /// <summary>A reader reports a published comment (once each: <see cref="CommentReport"/> is unique per reader).</summary>
    public Outcome Report(string userId)
    {
        if (State != CommentState.Published)
        {
            return CommentRefusals.NotModeratable;
        }

        if (IsAuthor(userId))
        {
            return CommentRefusals.OwnComment;
        }

        OpenReports++;
        return Outcome.Done;
    }

    /// <summary>Required, at most <see cref="TextLimit"/> characters and <see cref="LinkLimit"/> links: long texts and link lists are how spam looks.</summary>
    public static Outcome Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CommentRefusals.TextRequired;
        }

        if (text.Trim().Length > TextLimit)
        {
            return CommentRefusals.TooLong;
        }

        return Links().Count(text) > LinkLimit ? CommentRefusals.TooManyLinks : Outcome.Done;
    }

    /// <summary>Trimmed, with control characters other than line breaks removed and at most one empty line in a row.</summary>
    private static string Normalise(string text)
    {
        var cleaned = new string([.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c == '\n' || !char.IsControl(c))]);
        return BlankLines().Replace(cleaned.Trim(), "\n\n");
    }

    [GeneratedRegex(@"(https?://|www\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}

/// <summary>One reader's report of one comment, so a reader counts once however often they press the button.</summary>
public sealed class CommentReport : Entity
{
    public Guid CommentId { get; private set; }

    public string ReporterUserId { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    private CommentReport()
    {
    }

    public static CommentReport Of(Comment comment, string userId, string? reason, DateTimeOffset now) => new()
    {
        CommentId = comment.Id, ReporterUserId = userId, At = now.ToUniversalTime(),
        Reason = (reason ?? "").Trim() is { Length: > 0 } r ? r[..Math.Min(r.Length, Comment.ReasonLimit)] : "",
    };
}

public static class CommentRefusals
{
    public static readonly Refusal TextRequired = new("comment-required", "Vui lòng nhập nội dung bình luận.");
    public static readonly Refusal TooLong = new("comment-too-long", "Bình luận tối đa 2.000 ký tự.");
    public static readonly Refusal TooManyLinks = new("comment-links", "Bình luận có tối đa 2 đường liên kết.");
    public static readonly Refusal ParentGone = new("comment-parent", "Bình luận bạn trả lời không còn hiển thị.");
    public static readonly Refusal NotAuthor = new("comment-not-author", "Chỉ người viết mới sửa hoặc xóa được bình luận này.");
    public static readonly Refusal EditWindowOver = new("comment-edit-window", "Đã quá 15 phút kể từ khi viết: bình luận không sửa được nữa.");
    public static readonly Refusal AlreadyWithdrawn = new("comment-withdrawn", "Bình luận này đã được xóa.");
    public static readonly Refusal NotModeratable = new("comment-state", "Bình luận này không ở trạng thái cho phép thao tác đó.");
    public static readonly Refusal ReasonRequired = new("comment-reason", "Vui lòng ghi lý do từ chối (tối đa 500 ký tự).");
    public static readonly Refusal OwnComment = new("comment-own", "Bạn không thể báo cáo bình luận của chính mình.");
    public static readonly Refusal AlreadyReported = new("comment-reported", "Bạn đã báo cáo bình luận này.");
    public static readonly Refusal TooFast = new("comment-rate", "Bạn đã bình luận nhiều lần trong thời gian ngắn; vui lòng thử lại sau ít phút.");
    public static readonly Refusal SignInToComment = new("comment-sign-in", "Vui lòng đăng nhập để bình luận.");
}
