using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DongThuan.Web.Infrastructure.Web;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address: the per-address rate limit would then
/// limit all citizens together, and links would say http. With <c>ReverseProxy:KnownProxies</c> set (the proxy's
/// addresses, comma-separated), the client address and scheme are taken from X-Forwarded-For/-Proto, from those
/// proxies only, so nobody else can forge them.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = (configuration["ReverseProxy:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    public static IApplicationBuilder UseReverseProxySupport(this IApplicationBuilder app, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["ReverseProxy:KnownProxies"]) ? app : app.UseForwardedHeaders();
}
