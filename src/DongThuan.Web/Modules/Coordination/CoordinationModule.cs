using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Search;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Coordination;

public static class CoordinationModule
{
    public static IServiceCollection AddCoordination(this IServiceCollection services) => services
        .AddScoped<CoordinationDesk>()
        .AddDemoPart(70, "coordination", (run, ct) => Demo.Coordination2023.SeedAsync(run.Db, run.Service<Calendar.Deadlines>(), run.Shared<Organisation.Demo.CauGiayOrganisation>(), ct))
        .AddCoordinationStatistics()
        .AddSearchSource<CoordinationSearch>()
        .AddObligationKind(CoordinationObligations.Task, "Thực hiện nhiệm vụ chương trình phối hợp", id => $"/Coordination/Task/{id}", CoordinationNames.OfStored);

    public static IEndpointRouteBuilder MapCoordination(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/coordination/programmes", Api.ListProgrammes.HandleAsync).WithTags("Coordination").RequireAuthorization(Permissions.Staff);
        return app;
    }
}
