using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Search;
using System.Threading.RateLimiting;
using DongThuan.Web.Modules.Portal.Comments;
using Microsoft.AspNetCore.RateLimiting;

namespace DongThuan.Web.Modules.Portal;

/// <summary>The public portal's news: articles and their comments, the feed and the sitemap.</summary>
public static class PortalModule
{
    /// <summary>Comment posts per address; the per-account limit is counted in the database (<see cref="CommentDesk"/>).</summary>
    public const string CommentsPolicy = "portal-comments";

    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddScoped<CommentDesk>();
        services.AddSingleton<Infrastructure.Caching.IPublicPageSchedule, ScheduledArticles>();
        services.AddScoped<Notifications.IFollowable, ArticleFollows>();
        services.AddDemoPart(80, "news", (run, ct) => Demo.News2023.SeedAsync(run.Db, run.Shared<Organisation.Demo.CauGiayOrganisation>(), ct));
        services.AddSearchSource<PortalSearch>();
        services.AddRateLimiter(o => o.AddPolicy(CommentsPolicy, context =>
        {
            // Reading costs nothing; writing, editing and reporting count against the address.
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }

            var settings = context.RequestServices.GetRequiredService<IConfiguration>();
            var limit = settings.GetValue("Portal:Comments:PerAddressLimit", 30);
            var window = TimeSpan.FromSeconds(settings.GetValue("Portal:Comments:WindowSeconds", 600));
            return RateLimitPartition.GetFixedWindowLimiter("comments|" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 });
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tin-tuc/rss.xml", Feeds.RssAsync).WithTags("Portal").AllowAnonymous().CacheOutput(Infrastructure.Caching.PublicPageCache.Policy);
        app.MapGet("/tin-tuc/atom.xml", Feeds.AtomAsync).WithTags("Portal").AllowAnonymous().CacheOutput(Infrastructure.Caching.PublicPageCache.Policy);
        app.MapGet("/sitemap.xml", Feeds.SitemapAsync).WithTags("Portal").AllowAnonymous().CacheOutput(Infrastructure.Caching.PublicPageCache.Policy);
        var articles = app.MapGroup("/api/v1/portal/articles").WithTags("Portal").RequireAuthorization(Accounts.Permissions.PortalEditor);
        articles.MapGet("", Api.ArticlesApi.ListAsync);
        articles.MapPost("", Api.ArticlesApi.WriteAsync);
        articles.MapPut("/{id:guid}", Api.ArticlesApi.EditAsync);
        articles.MapPost("/{id:guid}/publish", Api.ArticlesApi.PublishAsync);
        articles.MapPost("/{id:guid}/unpublish", Api.ArticlesApi.UnpublishAsync);
        articles.MapPost("/{id:guid}/photos", Api.ArticlesApi.AddPhotoAsync).DisableAntiforgery()
            .DescribesUpload("photo", "A JPEG or PNG photo; with Authorization: Bearer.", ("alt", "Text for readers who cannot see it (required)"), ("caption", "Caption shown under it"));
        articles.MapDelete("/{id:guid}/photos/{photoId:guid}", Api.ArticlesApi.RemovePhotoAsync);
        var comments = app.MapGroup("/api/v1/portal/comments").WithTags("Portal").RequireAuthorization(Accounts.Permissions.PortalEditor);
        comments.MapGet("", Api.CommentsApi.WaitingAsync);
        comments.MapPost("/{id:guid}/publish", Api.CommentsApi.PublishAsync);
        comments.MapPost("/{id:guid}/reject", Api.CommentsApi.RejectAsync);
        // A reader's comments under a published article, with the page's rules and its per-address limit.
        var reader = app.MapGroup("/api/v1/news/{slug}/comments").WithTags("Portal");
        reader.MapGet("", Api.ReaderCommentsApi.ListAsync).AllowAnonymous();
        var writer = reader.MapGroup("").RequireAuthorization(Accounts.Permissions.SignedIn).RequireRateLimiting(CommentsPolicy);
        writer.MapPost("", Api.ReaderCommentsApi.WriteAsync);
        writer.MapPut("/{commentId:guid}", Api.ReaderCommentsApi.EditAsync);
        writer.MapDelete("/{commentId:guid}", Api.ReaderCommentsApi.WithdrawAsync);
        writer.MapPost("/{commentId:guid}/reports", Api.ReaderCommentsApi.ReportAsync);
        app.MapGet("/tin-tuc/anh/{id:guid}/{size}", Images.ArticlePhotos.ServeAsync).WithTags("Portal").AllowAnonymous();
        return app;
    }
}
