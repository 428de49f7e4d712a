using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Search;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Coordination;

public static class CoordinationModule
{
    public static IServiceCollection AddCoordination(this IServiceCollection services) => services
        .AddScoped<CoordinationDesk>()
        .AddScoped<IStepAudience, TaskAudience>()
        .AddDemoPart(70, "coordination", (run, ct) => Demo.Coordination2023.SeedAsync(run.Db, run.Service<Calendar.Deadlines>(), run.Shared<Organisation.Demo.CauGiayOrganisation>(), ct))
        .AddDemoPart(94, "ward coordination today", (run, ct) => Demo.WardCoordinationToday.SeedAsync(run, ct))
        .AddCoordinationStatistics()
        .AddSearchSource<CoordinationSearch>()
        .AddObligationKind(CoordinationObligations.Task, "Thực hiện nhiệm vụ chương trình phối hợp", id => $"/Coordination/Task/{id}", CoordinationNames.OfStored);

    public static IEndpointRouteBuilder MapCoordination(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/coordination").WithTags("Coordination").RequireAuthorization(Permissions.Staff);
        api.MapGet("/programmes", Api.ListProgrammes.HandleAsync);
        api.MapPost("/programmes", Api.CoordinationWrites.SignAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/programmes/{id:guid}/tasks", Api.CoordinationWrites.AddTaskAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/programmes/{id:guid}/quarterly-reports", Api.CoordinationWrites.QuarterlyReportAsync);
        api.MapPost("/tasks/{id:guid}/report", Api.CoordinationWrites.ReportAsync);
        api.MapGet("/movements", Api.MovementsApi.ListAsync);
        api.MapPost("/movements", Api.MovementsApi.LaunchAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/movements/{id:guid}/registrations", Api.MovementsApi.RegisterAsync);
        api.MapPost("/movements/{id:guid}/commendations", Api.MovementsApi.AwardAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/tasks/{id:guid}/evaluation", Api.CoordinationWrites.EvaluateAsync).RequireAuthorization(Permissions.CouncilOffice);
        return app;
    }
}
