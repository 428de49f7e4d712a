using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Review;

/// <summary>The year-end review: the annual report and its files, the dashboard, and the report's API, all read from the statistics registry.</summary>
public static class ReviewModule
{
    public static IServiceCollection AddReview(this IServiceCollection services) => services
        .AddScoped<AnnualReview>()
        .AddScoped<Dashboard>();

    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/reports/annual", Api.GetAnnualReport.HandleAsync).WithTags("Reports").RequireAuthorization(Permissions.Staff);
        app.MapPut("/api/v1/reports/annual/{councilId:guid}/{year:int}/text", Api.EditAnnualReport.HandleAsync).WithTags("Reports").RequireAuthorization(Permissions.CouncilOffice);
        return app;
    }
}
