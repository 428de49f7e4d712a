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

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
