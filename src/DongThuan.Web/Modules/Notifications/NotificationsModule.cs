using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) =>
        services.AddScoped<Notifier>().AddScoped<UnreadCount>().AddScoped<Following>().AddSingleton<IStepListener, StepNotices>();

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(Permissions.SignedIn);
        api.MapGet("", Api.ListNotifications.HandleAsync);
        api.MapGet("/unread-count", Api.ListNotifications.UnreadAsync);
        api.MapPost("/{id:guid}/read", Api.ReadNotification.HandleAsync);
        api.MapGet("/preference", Api.Preference.GetAsync);
        api.MapPut("/preference", Api.Preference.SetAsync);

        var follows = app.MapGroup("/api/v1/follows").WithTags("Notifications").RequireAuthorization(Permissions.SignedIn);
        follows.MapGet("", Api.Follows.ListAsync);
        follows.MapPost("", Api.Follows.FollowAsync);
        follows.MapDelete("/{kind}/{id:guid}", Api.Follows.UnfollowAsync);
        return app;
    }
}
