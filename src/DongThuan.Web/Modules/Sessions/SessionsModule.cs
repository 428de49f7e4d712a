using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Sessions;

public static class SessionsModule
{
    /// <summary>Sessions have no services of their own: files are stored by the shared <see cref="FileStore"/>.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/sessions").WithTags("Sessions").RequireAuthorization(Permissions.Staff);
        api.MapGet("/", Api.SessionsApi.ListAsync);
        api.MapGet("/{id:guid}", Api.SessionsApi.GetAsync);
        return app;
    }
}
