using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Search;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Sessions;

public static class SessionsModule
{
    /// <summary>Files are stored by the shared FileStore; what sessions add is the kind of obligation a group opinion creates.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services) =>
        services.AddSheetImport<SessionsImport>().AddSheetImport<OpinionsImport>()
            .AddScoped<IStepAudience, OpinionAudience>()
            .AddDemoPart(30, "sessions", (run, ct) => Demo.Sessions2022.SeedAsync(run.Db, run.Service<Calendar.Deadlines>(), run.Shared<Organisation.Demo.CauGiayOrganisation>(), ct))
            .AddDemoPart(95, "ward sessions today", (run, ct) => Demo.WardSessionsToday.SeedAsync(run, ct))
            .AddObligationKind(GroupOpinion.ObligationKind, "Tiếp thu, giải trình ý kiến thảo luận tổ", id => $"/Sessions/Respond/{id}")
            .AddSessionsStatistics()
            .AddSearchSource<SessionSearch>()
            .AddSearchSource<DocumentSearch>();

    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/sessions").WithTags("Sessions").RequireAuthorization(Permissions.Staff);
        api.MapGet("/", Api.SessionsApi.ListAsync);
        api.MapGet("/{id:guid}", Api.SessionsApi.GetAsync);
        api.MapPost("/", Api.SessionWrites.PlanAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/{id:guid}/agenda", Api.SessionWrites.AddAgendaItemAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/{id:guid}/documents", Api.SessionWrites.RegisterDocumentAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/{id:guid}/opinions", Api.SessionWrites.RecordOpinionAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/documents/{id:guid}/votes", Api.SessionWrites.RecordVotesAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/documents/{id:guid}/files", Api.SessionWrites.AttachFileAsync).RequireAuthorization(Permissions.CouncilOffice).DisableAntiforgery()
            .DescribesUpload("file", "The document's file (PDF, DOCX or XLSX, at most 20 MB); with Authorization: Bearer.");
        api.MapGet("/{id:guid}/attendance", Api.SessionWrites.RollAsync);
        api.MapPut("/{id:guid}/attendance", Api.SessionWrites.MarkAttendanceAsync).RequireAuthorization(Permissions.CouncilOffice);
        api.MapPost("/opinions/{id:guid}/response", Api.SessionWrites.RespondAsync);
        return app;
    }
}
