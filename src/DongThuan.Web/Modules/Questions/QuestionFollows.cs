using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>A question answered in public may be followed: its followers hear the delegate's verdict and what follows it.</summary>
public sealed class QuestionFollows(DongThuanDb db) : IFollowable
{
    public const string Kind = "Question";

    string IFollowable.Kind => Kind;

    public static string PublicUrl(Guid id) => $"/cong-khai/chat-van?id={id}";

    public async Task<FollowTarget?> FindAsync(Guid id, CancellationToken ct) =>
        await PublicQuestions.Answered(db).AsNoTracking().Where(q => q.Id == id).Select(q => q.Title).SingleOrDefaultAsync(ct) is { } title
            ? new FollowTarget(title, PublicUrl(id))
            : null;
}
