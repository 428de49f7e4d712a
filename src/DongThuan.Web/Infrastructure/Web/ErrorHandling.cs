using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// Unhandled errors: the API answers with problem details carrying a correlation id; pages re-execute
/// /Error, which shows the same id. Neither ever shows a stack trace. The log line carries the id too.
/// </summary>
public static class ErrorHandling
{
    public static string CorrelationId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions["correlationId"] = CorrelationId(ctx.HttpContext);
            // A bare 400 from the framework (malformed JSON, a missing body) still says what to fix.
            if (ctx.ProblemDetails.Status == StatusCodes.Status400BadRequest && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()
                    ["Dữ liệu gửi lên không hợp lệ: JSON sai định dạng hoặc thiếu trường bắt buộc."];
            }
        });
        // Malformed input is the caller's mistake, not a server error: answer 400 in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        // Status codes without a body (404, 405, 415…): problem details for programs, a page for people.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/Error", "?status={0}"));
        return app;
    }

    /// <summary>The refusal of a text longer than its column, in the reader's language.</summary>
    public static string TooLongMessage(HttpContext context, Database.TextTooLongException tooLong)
    {
        // The exception handler sits outside the localisation middleware, whose culture does not flow back out to
        // it: take the culture that middleware chose for this request.
        if (context.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            System.Globalization.CultureInfo.CurrentCulture = culture.Culture;
            System.Globalization.CultureInfo.CurrentUICulture = culture.UICulture;
        }

        return context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()
            [Database.TextLimits.TooLong.Message, tooLong.Field, tooLong.Max.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value;
    }

    private sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> log) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            // By now the middleware has pointed the request at /Error; the feature keeps the path that failed.
            var path = new PathString(context.Features.Get<IExceptionHandlerFeature>()?.Path ?? context.Request.Path);
            if (exception is Database.TextTooLongException tooLong)
            {
                // The caller's mistake, refused before anything was written: no error in the log, and 422 with the field.
                log.LogWarning("Refused {Field} longer than {Max} characters {CorrelationId} on {Path}", tooLong.Field, tooLong.Max, CorrelationId(context), path.Value);
                if (!path.StartsWithSegments("/api"))
                {
                    return false; // the error page says the same (ErrorModel)
                }

                await TypedResults.Problem(detail: TooLongMessage(context, tooLong), statusCode: StatusCodes.Status422UnprocessableEntity, title: Database.TextLimits.TooLong.Code,
                    extensions: new Dictionary<string, object?> { ["correlationId"] = CorrelationId(context), ["field"] = tooLong.Field, ["maxLength"] = tooLong.Max }).ExecuteAsync(context);
                return true;
            }

            log.LogError(exception, "Unhandled error {CorrelationId} on {Path}", CorrelationId(context), path.Value);
            if (!path.StartsWithSegments("/api"))
            {
                return false;
            }

            var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            await TypedResults.Problem(
                title: status == 500 ? "Đã có lỗi xảy ra. / An error occurred." : "Yêu cầu không hợp lệ. / Bad request.",
                statusCode: status,
                extensions: new Dictionary<string, object?> { ["correlationId"] = CorrelationId(context) }).ExecuteAsync(context);
            return true;
        }
    }
}
