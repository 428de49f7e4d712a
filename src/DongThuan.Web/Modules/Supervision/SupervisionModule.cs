using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Search;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Supervision;

public static class SupervisionModule
{
    public static IServiceCollection AddSupervision(this IServiceCollection services) => services
        .AddScoped<SupervisionDesk>()
        .AddScoped<IStepAudience, MissionAudience>()
        .AddScoped<IStepAudience, RecommendationAudience>()
        .AddScoped<Notifications.IFollowable, Public.ResultFollows>()
        .AddDemoPart(60, "supervision", (run, ct) => Demo.Supervision2022.SeedAsync(run.Db, run.Service<Calendar.Deadlines>(), run.Shared<Organisation.Demo.CauGiayOrganisation>(), ct))
        .AddDemoPart(93, "ward supervision today", (run, ct) => Demo.WardSupervisionToday.SeedAsync(run, ct))
        .AddScoped<Candidates>()
        .AddSupervisionStatistics()
        .AddSearchSource<SupervisionSearch>()
        .AddObligationKind(SupervisionObligations.Recommendation, "Thực hiện kiến nghị giám sát", id => $"/Supervision/Recommendation/{id}", SupervisionNames.OfStored)
        .AddObligationKind(SupervisionObligations.Step, "Bước giám sát theo luật định", id => $"/Supervision/Details/{id}", SupervisionNames.OfStored);

    public static IEndpointRouteBuilder MapSupervision(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/supervision").WithTags("Supervision").RequireAuthorization(Permissions.Staff);
        api.MapGet("/missions", Api.ListMissions.HandleAsync);
        api.MapPost("/programmes", Api.SupervisionWrites.AdoptProgrammeAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/missions", Api.SupervisionWrites.FormMissionAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/missions/{id:guid}/steps", Api.SupervisionWrites.StepAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/missions/{id:guid}/recommendations", Api.SupervisionWrites.IssueAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/missions/{id:guid}/checks", Api.SupervisionWrites.CheckAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/recommendations/{id:guid}/progress", Api.SupervisionWrites.ProgressAsync);
        api.MapPost("/recommendations/{id:guid}/dispute", Api.SupervisionWrites.DisputeAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapGet("/candidates", Api.SupervisionWrites.CandidatesAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/missions/{id:guid}/sources", Api.SupervisionWrites.TakeCandidateAsync).RequireAuthorization(Permissions.CouncilOffice);
        return app;
    }
}
