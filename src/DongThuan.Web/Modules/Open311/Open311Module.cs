using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Petitions;

namespace DongThuan.Web.Modules.Open311;

/// <summary>
/// Open311 GeoReport v2 under <c>/open311/v2/</c> (ADR 0028): discovery, services, requests in XML and JSON, so an
/// existing Open311 client works unchanged; and the administrator's keys for the clients that post.
/// </summary>
public static class Open311Module
{
    public const string Prefix = "/open311/v2";

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup(Prefix).WithTags("Open311").AllowAnonymous();
        // Reads are public pages like any other: cached per address and query, evicted by any save (ADR 0026).
        v2.MapGet("/discovery.{format}", Discovery.Get).CacheOutput(PublicPageCache.Policy);
        v2.MapGet("/services.{format}", ServiceList.ListAsync).CacheOutput(PublicPageCache.Policy);
        v2.MapGet("/services/{code}.{format}", ServiceList.DefinitionAsync).CacheOutput(PublicPageCache.Policy);
        v2.MapGet("/requests.{format}", RequestList.ListAsync).CacheOutput(PublicPageCache.Policy);
        v2.MapGet("/requests/{id}.{format}", RequestList.OneAsync).CacheOutput(PublicPageCache.Policy);
        // The same limit per address as the petition form and API: a key does not buy a larger share.
        v2.MapPost("/requests.{format}", PostRequest.ExecuteAsync).RequireRateLimiting(PetitionsModule.PublicPolicy).DisableAntiforgery();

        var keys = app.MapGroup("/api/v1/open311/keys").WithTags("Open311").RequireAuthorization(Permissions.Administer);
        keys.MapGet("/", Api.KeysApi.ListAsync);
        keys.MapPost("/", Api.KeysApi.IssueAsync);
        keys.MapDelete("/{id:guid}", Api.KeysApi.RevokeAsync);
        return app;
    }
}
