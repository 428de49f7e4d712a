using Microsoft.AspNetCore.Http.HttpResults;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>RFC 7807 problem details for the API, with the message in the caller's language.</summary>
public static class Problems
{
    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>
    /// The one way from a refused <see cref="Domain.Outcome"/> to an API answer: 422 with the refusal's code as the title
    /// and its message in the caller's language. Pages answer the same refusal through <see cref="RefusingPage"/>.
    /// </summary>
    public static ProblemHttpResult Refused(Domain.Outcome outcome, Microsoft.Extensions.Localization.IStringLocalizer l) =>
        Refused(outcome.Refusal!, l, StatusCodes.Status422UnprocessableEntity);

    /// <summary>A refusal answered with another status (404 for an unknown record, 429 for too many attempts).</summary>
    public static ProblemHttpResult Refused(Domain.Refusal refusal, Microsoft.Extensions.Localization.IStringLocalizer l, int status = StatusCodes.Status422UnprocessableEntity) =>
        TypedResults.Problem(detail: l[refusal.Message], statusCode: status, title: refusal.Code);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
