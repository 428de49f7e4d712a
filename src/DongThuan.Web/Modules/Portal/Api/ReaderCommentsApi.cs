using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Portal.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Portal.Api;

/// <summary>
/// <c>/api/v1/news/{slug}/comments</c>: what a reader does under a published article, through the desk its page uses:
/// read the comments shown, write one (it waits for a moderator), edit or withdraw their own, report someone else's once.
/// An article not published (a draft, a scheduled one) is a 404 to everyone, as on the page.
/// </summary>
public static class ReaderCommentsApi
{
    public sealed record Shown(Guid Id, Guid? ParentId, string Author, bool Official, string Text, DateTimeOffset WrittenAt, DateTimeOffset? EditedAt);

    public sealed record WriteInput(Guid? ParentId, string? Text);

    public sealed record TextInput(string? Text);

    public sealed record ReportInput(string? Reason);

    public sealed record Written(Guid Id, string State);

    public static async Task<IResult> ListAsync(string slug, DongThuanDb db, TimeProvider time, CancellationToken ct)
    {
        if (await ArticleAsync(db, time, slug, ct) is not { } article)
        {
            return TypedResults.NotFound();
        }

        var shown = await ShownComments.Of(db).Where(c => c.ArticleId == article.Id).OrderBy(c => c.WrittenAt).ToListAsync(ct);
        return TypedResults.Ok(shown.Select(c => new Shown(c.Id, c.ParentId, c.AuthorName, c.IsOfficial, c.Text, c.WrittenAt, c.EditedAt)).ToList());
    }

    public static Task<IResult> WriteAsync(string slug, WriteInput input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CommentDesk desk,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnArticleAsync(db, time, slug, async article =>
        {
            var (outcome, comment) = await desk.WriteAsync(article, input.ParentId, user, input.Text, ct);
            return outcome.Succeeded
                ? TypedResults.Created($"/tin-tuc/{article.Slug}#binh-luan", new Written(comment!.Id, comment.State.ToString()))
                : Problems.Refused(outcome, l);
        }, ct);

    public static Task<IResult> EditAsync(string slug, Guid commentId, TextInput input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CommentDesk desk,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnArticleAsync(db, time, slug, async article =>
            Answer(await desk.ApplyAsync(commentId, article.Id, c => c.Edit(CommentDesk.UserId(user)!, input.Text, desk.Now), ct), l), ct);

    public static Task<IResult> WithdrawAsync(string slug, Guid commentId, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CommentDesk desk,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnArticleAsync(db, time, slug, async article =>
            Answer(await desk.ApplyAsync(commentId, article.Id, c => c.Withdraw(CommentDesk.UserId(user)!, desk.Now), ct), l), ct);

    public static Task<IResult> ReportAsync(string slug, Guid commentId, ReportInput input, ClaimsPrincipal user, DongThuanDb db, TimeProvider time, CommentDesk desk,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnArticleAsync(db, time, slug, async article => Answer(await desk.ReportAsync(commentId, article.Id, user, input.Reason, ct), l), ct);

    private static IResult Answer(Outcome? outcome, IStringLocalizer l) => outcome switch
    {
        null => TypedResults.NotFound(),
        { Succeeded: true } => TypedResults.NoContent(),
        var refused => Problems.Refused(refused.Value, l),
    };

    private static Task<Article?> ArticleAsync(DongThuanDb db, TimeProvider time, string slug, CancellationToken ct) =>
        PublishedQuery.Of(db, time.GetUtcNow()).SingleOrDefaultAsync(a => a.Slug == slug, ct);

    private static async Task<IResult> OnArticleAsync(DongThuanDb db, TimeProvider time, string slug, Func<Article, Task<IResult>> act, CancellationToken ct) =>
        await ArticleAsync(db, time, slug, ct) is { } article ? await act(article) : TypedResults.NotFound();
}
