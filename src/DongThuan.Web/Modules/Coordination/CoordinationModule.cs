using DongThuan.Web.Modules.Search;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Coordination;

public static class CoordinationModule
{
    public static IServiceCollection AddCoordination(this IServiceCollection services) => services
        .AddScoped<CoordinationDesk>()
        .AddCoordinationStatistics()
        .AddSearchSource<CoordinationSearch>()
        .AddObligationKind(CoordinationObligations.Task, "Thực hiện nhiệm vụ chương trình phối hợp", id => $"/Coordination/Task/{id}", CoordinationNames.OfStored);

    public static IEndpointRouteBuilder MapCoordination(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/coordination/programmes", Api.ListProgrammes.HandleAsync).WithTags("Coordination").RequireAuthorization(Permissions.Staff);
        return app;
    }
}
