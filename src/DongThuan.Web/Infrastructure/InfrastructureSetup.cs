using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Security;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DongThuan.Web.Infrastructure;

public static class InfrastructureSetup
{
    public static void AddDongThuanLogging(this WebApplicationBuilder builder)
    {
        // Message templates keep every log line structured; "json" prints them as one JSON object a line for collectors.
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
    }

    public static IServiceCollection AddDongThuanInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<Import.SheetImporter>();
        // The server's one secret, outside the database: it keys the audit chain and encrypts the key ring (ADR 0016).
        // Read (or created) on first use, so verbs that need no key (restore) never make one.
        services.AddSingleton(_ => ServerSecrets.Load(configuration));
        services.AddSingleton(sp => new AuditSealing(sp.GetRequiredService<ServerSecrets>(), AuditSealing.CheckpointDirectoryOf(configuration), sp.GetRequiredService<TimeProvider>(), log: sp.GetRequiredService<ILogger<AuditSealing>>()));
        services.AddDongThuanDatabase(configuration);
        // The keys that sign cookies and tokens live in the secrets folder, encrypted with the master key: a copy of
        // the database cannot forge a sign-in. Instances that share the folder (and key) accept each other's cookies.
        services.AddDataProtection().SetApplicationName("DongThuan")
            .PersistKeysToFileSystem(new DirectoryInfo(ServerSecrets.DataProtectionDirectoryOf(configuration)));
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<IServiceProvider>((o, sp) => o.XmlEncryptor = new KeyRingEncryptor(sp.GetRequiredService<ServerSecrets>()));
        services.AddSingleton<AuditHealth>();
        services.AddSingleton<AuditWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditWatch>());
        services.AddHealthChecks().AddCheck<AuditHealthCheck>("audit").AddCheck<Notifications.MailHealthCheck>("mail");
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<Files.FileStore>();
        services.AddSingleton<Files.FileTexts>();
        // Registered before the web server, so on stopping the server finishes its requests first and the outbox then
        // sends what they queued (hosted services stop in the reverse order).
        services.AddSingleton<Notifications.SmtpOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<Notifications.SmtpOutbox>());
        services.AddSingleton<Notifications.IMailer, Notifications.Mailer>();
        return services;
    }

    public static IServiceCollection AddDongThuanWeb(this IServiceCollection services)
    {
        // Pages live beside their module's code: Modules/Organisation/Units/Index.cshtml serves /Organisation/Units.
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Modules";
                // A page with no rule of its own is for signed-in users only; public pages say [AllowAnonymous].
                o.Conventions.AuthorizeFolder("/", Modules.Accounts.Permissions.SignedIn);
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<UnreadableChoices>();
                o.ModelBinderProviders.Insert(0, new DayMonthYearBinderProvider());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "dongthuan.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Vietnamese letters are written as they are, not as &#x...; entities: pages stay small and readable.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Enums travel as their names ("Forwarded"), not numbers that mean nothing to a reader.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOpenApi(o => o.CreateSchemaReferenceId = type =>
            // A nested type is named with its outer type ("ForwardQuestionRequest"): by its short name alone, every
            // use case's "Request" shared one schema, and the document showed one operation's body for all of them.
            Microsoft.AspNetCore.OpenApi.OpenApiOptions.CreateDefaultSchemaReferenceId(type) is { } id && type.Type.DeclaringType is { } outer
                ? outer.Name + id
                : Microsoft.AspNetCore.OpenApi.OpenApiOptions.CreateDefaultSchemaReferenceId(type));
        services.AddValidation();
        // Pages and API answers compressed on the fly (static files are compressed at build time and served by
        // MapStaticAssets). Over HTTPS too: the only secret in a page, the antiforgery token, is encrypted with a
        // fresh IV on every response, so BREACH has no stable secret to guess at (ADR 0014).
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "application/problem+json"]);
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    /// <summary>Says where the app listens and, with demo data on, how to sign in.</summary>
    public static void LogWelcome(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            app.Logger.LogInformation("DongThuan is running at {Urls} (data: {DataDirectory}, database: {Provider})",
                string.Join(", ", addresses), DatabaseSetup.DataDirectory(app.Configuration), DatabaseSetup.Provider(app.Configuration));
            if (DatabaseSetup.DemoOn(app.Configuration, app.Environment))
            {
                foreach (var welcome in app.Services.GetServices<Demo.DemoPart>().OrderBy(p => p.Order).Select(p => p.Welcome).OfType<string>())
                {
                    app.Logger.LogInformation("{DemoWelcome}", welcome);
                }
            }
        });
    }
}
