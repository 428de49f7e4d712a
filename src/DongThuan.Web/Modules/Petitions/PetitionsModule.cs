using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Search;
using System.Globalization;
using System.Threading.RateLimiting;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Notifications;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Petitions;

public static class PetitionsModule
{
    /// <summary>The per-address limit on the public form, the status lookup and the public API.</summary>
    public const string PublicPolicy = "petitions-public";

    public static IServiceCollection AddPetitions(this IServiceCollection services)
    {
        services.AddScoped<PetitionDesk>();
        services.AddScoped<IStepAudience, PetitionAudience>();
        services.AddScoped<IWaitingOnMe, PetitionsWaiting>();
        services.AddDemoPart(50, "petitions", (run, ct) => Demo.Petitions2022.SeedAsync(run.Db, run.Service<Calendar.Deadlines>(), run.Shared<Organisation.Demo.CauGiayOrganisation>(), ct));
        services.AddDemoPart(92, "ward petitions today", (run, ct) => Demo.WardPetitionsToday.SeedAsync(run, ct));
        services.AddPetitionsStatistics();
        services.AddSearchSource<PetitionsSearch>();
        services.AddObligationKind(PetitionObligations.Answer, "Trả lời kiến nghị, phản ánh", id => $"/Petitions/Details/{id}", s => PetitionNames.Of(Enum.Parse<PetitionState>(s)));
        services.AddObligationKind(DialoguePromise.ObligationKind, "Thực hiện cam kết tại hội nghị đối thoại");
        services.AddScoped<PetitionIntake>();
        services.AddScoped<PetitionImport>();
        services.AddScoped<PersonalDataRequests>();
        services.AddSingleton<ImportSignal>();
        services.AddHostedService<ImportWorker>();
        services.AddHostedService<RetentionWorker>();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(PublicPolicy, context =>
            {
                // Reading a form costs nothing; sending one, or trying a tracking code, counts.
                if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var settings = context.RequestServices.GetRequiredService<IConfiguration>();
                var limit = settings.GetValue("Petitions:RateLimit:PermitLimit", 20);
                var window = TimeSpan.FromSeconds(settings.GetValue("Petitions:RateLimit:WindowSeconds", 600));
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 });
            });
            o.OnRejected = RejectedAsync;
        });
        return services;
    }

    /// <summary>"Try again later", in the caller's language, as a problem for the API and as a page for people.</summary>
    private static async ValueTask RejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)retry.TotalSeconds : 600;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var title = l["Bạn đã gửi quá nhiều lần."];
        var detail = l["Vui lòng thử lại sau ít phút."];
        if (http.Request.Path.StartsWithSegments("/open311", StringComparison.Ordinal))
        {
            // An Open311 client reads the specification's error list, in the format it asked for.
            var format = http.Request.Path.Value!.EndsWith(".json", StringComparison.Ordinal) ? "json" : "xml";
            await Open311.GeoReportOutput.Error(format, StatusCodes.Status429TooManyRequests, $"{title} {detail}").ExecuteAsync(http);
            return;
        }

        if (http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await TypedResults.Problem(detail: $"{title} {detail}", statusCode: StatusCodes.Status429TooManyRequests, title: "rate-limited").ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>{title}</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\"><h1>{title}</h1><p>{detail}</p>"
            + $"<p><a href=\"/\">{l["Trang chủ"]}</a></p></main></body></html>", ct);
    }

    public static IEndpointRouteBuilder MapPetitions(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1/petitions").WithTags("Petitions");
        open.MapPost("/", Api.PetitionsApi.SubmitAsync).AllowAnonymous().RequireRateLimiting(PublicPolicy);
        open.MapPost("/status", Api.PetitionsApi.StatusAsync).AllowAnonymous().RequireRateLimiting(PublicPolicy);

        open.MapGet("/mine", Api.PetitionerApi.MineAsync).RequireAuthorization(Permissions.SignedIn);
        open.MapPost("/mine", Api.PetitionerApi.ClaimAsync).RequireAuthorization(Permissions.SignedIn).RequireRateLimiting(PublicPolicy);

        var staff = open.MapGroup("").RequireAuthorization(Permissions.Staff);
        staff.MapPost("/{id:guid}/identity", Api.PetitionerApi.RevealAsync).RequireAuthorization(Permissions.CouncilOffice);
        staff.MapGet("/", Api.PetitionsApi.ListAsync);
        staff.MapGet("/{id:guid}", Api.PetitionsApi.GetAsync);
        staff.MapPost("/entered", Api.PetitionsApi.EnterAsync).RequireAuthorization(Permissions.CouncilOffice);
        staff.MapPost("/{id:guid}/route", Api.PetitionsApi.RouteAsync);
        staff.MapPost("/{id:guid}/transfer", Api.PetitionsApi.TransferAsync);
        staff.MapPost("/{id:guid}/answer", Api.PetitionsApi.AnswerAsync);
        staff.MapPost("/{id:guid}/review", Api.PetitionsApi.ReviewAsync);
        staff.MapPost("/{id:guid}/rate", Api.PetitionsApi.RateAsync);
        staff.MapPost("/{id:guid}/reopen", Api.PetitionsApi.ReopenAsync);
        staff.MapPost("/{id:guid}/propose-supervision", Api.PetitionsApi.ProposeForSupervisionAsync);
        staff.MapPost("/{id:guid}/dismiss", Api.PetitionsApi.DismissAsync);
        staff.MapPost("/{id:guid}/reclassify", Api.PetitionsApi.ReclassifyAsync);
        staff.MapPost("/{id:guid}/unmerge", Api.PetitionsApi.UnmergeAsync);
        staff.MapPost("/merged", Api.PetitionsApi.MergeAsync).RequireAuthorization(Permissions.CouncilOffice);

        staff.MapGet("/fields", Api.RoutingApi.FieldsAsync);
        staff.MapPost("/fields", Api.FieldsApi.AddAsync).RequireAuthorization(Permissions.Administer);
        staff.MapPut("/fields/{id:guid}", Api.FieldsApi.ChangeAsync).RequireAuthorization(Permissions.Administer);
        staff.MapDelete("/fields/{id:guid}", Api.FieldsApi.RetireAsync).RequireAuthorization(Permissions.Administer);
        var office = open.MapGroup("").RequireAuthorization(Permissions.CouncilOffice);
        office.MapGet("/routing-rules", Api.RoutingApi.RulesAsync);
        office.MapPost("/routing-rules", Api.RoutingApi.AddRuleAsync);
        office.MapDelete("/routing-rules/{id:guid}", Api.RoutingApi.RemoveRuleAsync);
        office.MapGet("/meetings", Api.MeetingsApi.ListMeetingsAsync);
        office.MapPost("/meetings", Api.MeetingsApi.RecordMeetingAsync);
        office.MapGet("/dialogues", Api.MeetingsApi.ListDialoguesAsync);
        office.MapPost("/dialogues", Api.MeetingsApi.PlanDialogueAsync);
        office.MapPost("/dialogues/{id:guid}/answers", Api.MeetingsApi.AnswerAsync);
        office.MapPost("/dialogues/{id:guid}/promises", Api.MeetingsApi.PromiseAsync);
        office.MapPost("/dialogues/{id:guid}/close", Api.MeetingsApi.CloseAsync);
        office.MapPost("/dialogues/{id:guid}/publish", Api.MeetingsApi.PublishAsync);

        // A person's request about the data held on them as a petitioner: the administrator's, as on /Petitions/PersonalData.
        var personal = app.MapGroup("/api/v1/personal-data").WithTags("Petitions").RequireAuthorization(Permissions.Administer);
        personal.MapGet("/", Api.PetitionerApi.FindAsync);
        personal.MapPost("/export", Api.PetitionerApi.ExportAsync);
        personal.MapPost("/erase", Api.PetitionerApi.EraseAsync);
        return app;
    }
}
