using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DongThuan.Tests.Harness;

/// <summary>
/// The app, counting how often its requests ask for <typeparamref name="TService"/> (background work is not counted):
/// for tests that hold a request to not building something it does not need.
/// </summary>
public class CountingApp<TService> : SqliteApp where TService : class
{
    private int _asked;

    public int Asked => Volatile.Read(ref _asked);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            // The registration the app made last is the one a request gets; it is wrapped, not replaced.
            var made = s.Last(d => d.ServiceType == typeof(TService));
            var make = made.ImplementationFactory ?? (sp => ActivatorUtilities.CreateInstance(sp, made.ImplementationType!));
            s.Add(ServiceDescriptor.Describe(typeof(TService), sp =>
            {
                if (sp.GetRequiredService<IHttpContextAccessor>().HttpContext is not null)
                {
                    Interlocked.Increment(ref _asked);
                }

                return make(sp);
            }, made.Lifetime));
        });
    }
}
