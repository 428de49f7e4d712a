using System.Text.Json;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// One rule for every text any page or endpoint takes: no control characters (<see cref="TextRules.IsControl"/>).
/// Checked once, here, on every form field and every JSON string of a POST, PUT or PATCH, before any module binds
/// them, so no module can forget it and a page and the API answer alike: 400 naming the field, as problem details
/// for the API and as the error page (with the same sentence) for a form. Nothing is read, let alone saved.
/// </summary>
public sealed class InputGuard(RequestDelegate next)
{
    /// <summary>Where a page's refusal waits for the error page that the status-code middleware re-executes.</summary>
    public const string RefusalItem = "input-refusal";

    public static readonly Refusal ControlCharacters = new("input-control-characters", "Trường «{0}» có ký tự điều khiển không hợp lệ; hãy nhập lại bằng bàn phím.");

    public async Task InvokeAsync(HttpContext context, IStringLocalizer<SharedResource> l)
    {
        // The error page, re-executed for this same request, is not asked again.
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method) || HttpMethods.IsPatch(context.Request.Method)))
        {
            if (await OffendingFieldAsync(context.Request) is { } field)
            {
                var message = l[ControlCharacters.Message, field].Value;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await TypedResults.Problem(detail: message, statusCode: 400, title: ControlCharacters.Code).ExecuteAsync(context);
                }
                else
                {
                    context.Items[RefusalItem] = message;
                    // The error page is re-executed for this request: it must not read the refused body again.
                    context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(FormCollection.Empty));
                }

                return;
            }
        }

        await next(context);
    }

    private static async Task<string?> OffendingFieldAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            }
            catch (InvalidDataException)
            {
                // The framework's form reader itself refuses a NUL (it cannot say in which field); the answer is the same.
                return "form";
            }

            var field = form.FirstOrDefault(f => f.Value.Any(v => v is not null && TextRules.HasControlCharacters(v))).Key;
            return field ?? (form.Files.Any(f => TextRules.HasControlCharacters(f.FileName)) ? "files" : null);
        }

        if (request.HasJsonContentType())
        {
            request.EnableBuffering();
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
                return Offending(document.RootElement, "");
            }
            catch (JsonException)
            {
                return null; // malformed JSON is the framework's 400 to give
            }
            finally
            {
                request.Body.Position = 0;
            }
        }

        return null;
    }

    private static string? Offending(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => TextRules.HasControlCharacters(element.GetString()!) ? (path.Length == 0 ? "body" : path) : null,
        JsonValueKind.Object => element.EnumerateObject().Select(p => TextRules.HasControlCharacters(p.Name) ? p.Name : Offending(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}"))
            .FirstOrDefault(f => f is not null),
        JsonValueKind.Array => element.EnumerateArray().Select((e, i) => Offending(e, $"{path}[{i}]")).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
