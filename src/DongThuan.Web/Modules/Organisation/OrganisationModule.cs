using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Demo;
namespace DongThuan.Web.Modules.Organisation;

public static class OrganisationModule
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services) =>
        // The organisation comes first: every other part of the demo builds on the Cầu Giấy it shares.
        services.AddDemoPart(0, "organisation", async (run, ct) =>
        {
            var org = Demo.CauGiayOrganisation.Seed(run.Db);
            await run.Db.SaveChangesAsync(ct);
            run.Share(org);
            var ward = Demo.CauGiayWard.Seed(run.Db);
            await run.Db.SaveChangesAsync(ct);
            run.Share(ward);
        })
        .AddSheetImport<PeopleImport>();

    public static IEndpointRouteBuilder MapOrganisation(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/organisation").WithTags("Organisation").RequireAuthorization(Accounts.Permissions.Staff);
        api.MapGet("/units", Api.ListUnits.HandleAsync);
        api.MapGet("/bodies", Api.ListBodies.HandleAsync);
        api.MapPost("/units", Api.OrganisationWrites.CreateUnitAsync).RequireAuthorization(Accounts.Permissions.Administer);
        api.MapPost("/bodies", Api.OrganisationWrites.CreateBodyAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPost("/terms", Api.OrganisationWrites.CreateTermAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPost("/people", Api.OrganisationWrites.CreatePersonAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPost("/positions", Api.OrganisationWrites.CreatePositionAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPut("/people/{id:guid}", Api.OrganisationChanges.ChangePersonAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPut("/bodies/{id:guid}", Api.OrganisationChanges.ChangeBodyAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPut("/terms/{id:guid}", Api.OrganisationChanges.ChangeTermAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPost("/positions/{id:guid}/end", Api.OrganisationChanges.EndPositionAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPost("/people/{id:guid}/archive", Api.OrganisationChanges.ArchivePersonAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPost("/bodies/{id:guid}/archive", Api.OrganisationChanges.ArchiveBodyAsync).RequireAuthorization(Accounts.Permissions.CouncilOffice);
        api.MapPut("/units/{id:guid}", Api.OrganisationChanges.ChangeUnitAsync).RequireAuthorization(Accounts.Permissions.Administer);
        api.MapPost("/units/{id:guid}/successors", Api.OrganisationChanges.AddSuccessorAsync).RequireAuthorization(Accounts.Permissions.Administer);
        app.MapGet("/api/v1/councils", Api.ListCouncils.HandleAsync).WithTags("Organisation").RequireAuthorization(Accounts.Permissions.Staff);
        return app;
    }
}
