using System.Net;

namespace DongThuan.Tests.Harness;

public static class Responses
{
    /// <summary>True when the server refused the caller: 401/403, or the page redirect to sign-in or access-denied.</summary>
    public static bool IsRefusal(HttpResponseMessage r) =>
        r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString is { } l
            && (l.Contains("/Accounts/SignIn", StringComparison.Ordinal) || l.Contains("/Accounts/AccessDenied", StringComparison.Ordinal)));
}
