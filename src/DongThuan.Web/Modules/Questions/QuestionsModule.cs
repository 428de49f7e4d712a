using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Search;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;

using DongThuan.Web.Infrastructure.Web;

namespace DongThuan.Web.Modules.Questions;

public static class QuestionsModule
{
    public static IServiceCollection AddQuestions(this IServiceCollection services) => services
        .AddScoped<QuestionDesk>()
        .AddScoped<IStepAudience, QuestionAudience>()
        .AddScoped<Notifications.IFollowable, QuestionFollows>()
        .AddScoped<IWaitingOnMe, QuestionsWaiting>()
        .AddSheetImport<QuestionsImport>()
        .AddDemoPart(20, "written questions", (run, ct) => Demo.WrittenQuestions2022.SeedAsync(run.Db, run.Service<Calendar.Deadlines>(), run.Shared<Organisation.Demo.CauGiayOrganisation>(), "thuongtruc", "ubnd", ct))
        .AddDemoPart(40, "explanation session", (run, ct) => Demo.Explanation2022.SeedAsync(run.Db, run.Service<Calendar.Deadlines>(), run.Shared<Organisation.Demo.CauGiayOrganisation>(), ct))
        .AddDemoPart(91, "ward questions today", (run, ct) => Demo.WardQuestionsToday.SeedAsync(run, ct))
        .AddQuestionsStatistics()
        .AddSearchSource<QuestionsSearch>()
        .AddObligationKind(QuestionObligations.Answer, "Trả lời chất vấn của đại biểu", id => $"/Questions/Details/{id}", s => QuestionNames.Of(Enum.Parse<QuestionState>(s)))
        .AddObligationKind(ExplanationPromise.ObligationKind, "Thực hiện cam kết tại phiên giải trình");

    public static IEndpointRouteBuilder MapQuestions(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/questions").WithTags("Questions").RequireAuthorization(Permissions.Staff);
        api.MapGet("/", Api.QuestionsApi.ListAsync);
        api.MapGet("/{id:guid}", Api.QuestionsApi.GetAsync);
        // A delegate writes; the council office records a question handed in on paper (naming the delegate).
        api.MapPost("/", Api.QuestionsApi.CreateAsync).RequireAuthorization(p => p.RequireRole(nameof(AppRole.Delegate), nameof(AppRole.CouncilOffice), nameof(AppRole.Administrator)));
        api.MapPost("/{id:guid}/submit", Api.QuestionsApi.SubmitAsync);
        api.MapPost("/{id:guid}/forward", Api.QuestionsApi.ForwardAsync);
        api.MapPost("/{id:guid}/return", Api.QuestionsApi.ReturnAsync);
        api.MapPost("/{id:guid}/answer", Api.QuestionsApi.AnswerAsync);
        api.MapPut("/{id:guid}/answers/{round:int}/letter", Api.QuestionsApi.AttachLetterAsync).DisableAntiforgery()
            .DescribesUpload("file", "The signed answer letter (PDF, DOCX, PNG or JPEG, at most 20 MB); with Authorization: Bearer.");
        api.MapPost("/{id:guid}/evaluate", Api.QuestionsApi.EvaluateAsync);
        api.MapPost("/{id:guid}/close", Api.QuestionsApi.CloseAsync);
        api.MapPost("/{id:guid}/extension", Api.QuestionsApi.ExtendAsync);

        var explanations = app.MapGroup("/api/v1/explanations").WithTags("Explanation sessions").RequireAuthorization(Permissions.Staff);
        explanations.MapGet("/", Api.ExplanationsApi.ListAsync);
        explanations.MapPost("/", Api.ExplanationsApi.PlanAsync);
        explanations.MapPost("/{id:guid}/conclusion", Api.ExplanationsApi.ConcludeAsync);
        explanations.MapPost("/{id:guid}/promises", Api.ExplanationsApi.PromiseAsync);
        explanations.MapPost("/promises/{id:guid}/report", Api.ExplanationsApi.ReportAsync);
        return app;
    }
}
