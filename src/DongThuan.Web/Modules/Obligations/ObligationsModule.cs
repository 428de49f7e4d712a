using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Obligations;

public static class ObligationsModule
{
    public static IServiceCollection AddObligations(this IServiceCollection services)
    {
        services.AddSingleton<ObligationCatalogue>();
        services.AddObligationsStatistics();
        services.AddScoped<Reminders>();
        services.AddScoped<ObligationLedger>();
        services.AddScoped<WorkflowStep>();
        services.AddScoped<StepAudiences>();
        services.AddScoped<RemindOwner>();
        services.AddHostedService<ReminderWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapObligations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/obligations", Api.ListObligations.HandleAsync).WithTags("Obligations").RequireAuthorization(Permissions.Staff);
        app.MapPost("/api/v1/obligations/{id:guid}/remind", Api.RemindObligation.HandleAsync).WithTags("Obligations").RequireAuthorization(Permissions.Staff);
        return app;
    }
}
