namespace DongThuan.Web.Modules.Notifications;

public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) => services.AddScoped<Notifier>().AddScoped<UnreadCount>();
}
