using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DongThuan.Web.Modules.Accounts;

public static class AccountsModule
{
    private const string SmartScheme = "cookie-or-bearer";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                // No lockout: five wrong passwords from anyone would lock the owner out (ADR 0016). SignInThrottle
                // slows and refuses the guesser by address instead.
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<DongThuanDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddDefaultTokenProviders();

        // Pages sign in with a cookie; programs with a bearer token. One policy scheme picks by the request.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = ctx =>
                CarriesBearerToken(ctx.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Accounts/SignIn";
            o.LogoutPath = "/Accounts/SignOut";
            o.AccessDeniedPath = "/Accounts/AccessDenied";
            o.Cookie.Name = "dongthuan.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS; deployments terminate TLS in front of the app.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // Programs get status codes, not a redirect to an HTML sign-in page.
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = CookieStampCheck.WhenDueAsync;
        });

        // Cookies re-check the account's security stamp every minute (not the default 30), so a password
        // change, a revoked role or a disabled account ends its sessions within a minute; tokens the same way
        // through TokenStampCheck.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("SignIn:StampCheckSeconds", 60)));
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<PasswordLinks>();
        // Invitation and reset links (Identity's password-reset tokens) expire after SignIn:LinkHours.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(configuration.GetValue("SignIn:LinkHours", 48)));
        services.AddDemoPart(10, "accounts", (run, _) => Demo.DemoAccounts.SeedAsync(run.Db, run.Service<UserManager<AppUser>>(), run.Shared<Organisation.Demo.CauGiayOrganisation>()),
            $"Demo accounts (password {Demo.DemoAccounts.Password}): {string.Join(", ", Demo.DemoAccounts.All.Select(a => $"{a.UserName} ({a.Description})"))}");
        services.AddDemoPart(11, "ward accounts", (run, _) => Demo.DemoAccounts.SeedWardAsync(run.Db, run.Service<UserManager<AppUser>>(), run.Shared<Organisation.Demo.CauGiayWard>()),
            $"Phường Cầu Giấy today: {string.Join(", ", Demo.DemoAccounts.Ward.Select(a => $"{a.UserName} ({a.Description})"))}");
        services.AddSingleton<PasswordCheck.DecoyHash>();
        services.AddScoped<CreateAdministrator>();
        services.AddHostedService<ProductionWarnings>();

        services.AddAuthorization(Permissions.AddPolicies);
        return services;
    }

    private static Task ApiAwareRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>Does the request sign in with a bearer token (a program) rather than the cookie (a page)?</summary>
    internal static bool CarriesBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>After authentication: bearer tokens of changed or disabled accounts stop counting.</summary>
    public static IApplicationBuilder UseTokenStampCheck(this IApplicationBuilder app) => app.UseMiddleware<TokenStampCheck>();

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Accounts");
        api.MapPost("/auth/token", Api.IssueToken.HandleAsync).AllowAnonymous();
        api.MapGet("/me", Api.GetMe.HandleAsync).RequireAuthorization(Permissions.SignedIn);
        api.MapPost("/auth/password-reset", Api.AccountsApi.RequestResetAsync).AllowAnonymous();
        api.MapPost("/auth/password", Api.AccountsApi.SetPasswordAsync).AllowAnonymous();
        api.MapPost("/auth/registration", Api.AccountsApi.RegisterAsync).AllowAnonymous();
        api.MapPost("/me/password", Api.AccountsApi.ChangePasswordAsync).RequireAuthorization(Permissions.SignedIn);
        var accounts = api.MapGroup("/accounts").RequireAuthorization(Permissions.CouncilOffice);
        accounts.MapGet("", Api.AccountsApi.ListAsync);
        accounts.MapPost("", Api.AccountsApi.CreateAsync);
        accounts.MapPost("/{id}/roles", Api.AccountsApi.GrantAsync);
        accounts.MapDelete("/{id}/roles/{assignmentId:guid}", Api.AccountsApi.RevokeAsync);
        accounts.MapPost("/{id}/disable", Api.AccountsApi.DisableAsync);
        accounts.MapPost("/{id}/enable", Api.AccountsApi.EnableAsync);
        accounts.MapPost("/{id}/invitation", Api.AccountsApi.InviteAsync);
        return app;
    }
}
