using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) =>
        services.AddScoped<Notifier>().AddScoped<UnreadCount>().AddSingleton<IStepListener, StepNotices>();

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(Permissions.SignedIn);
        api.MapGet("", Api.ListNotifications.HandleAsync);
        api.MapGet("/unread-count", Api.ListNotifications.UnreadAsync);
        api.MapPost("/{id:guid}/read", Api.ReadNotification.HandleAsync);
        return app;
    }
}
