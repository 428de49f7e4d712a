using DongThuan.Web.Infrastructure;
using DongThuan.Web.Infrastructure.Audit;
using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Operations;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Admin;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Notifications;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using DongThuan.Web.Modules.Sessions;
using DongThuan.Web.Modules.Statistics;
using DongThuan.Web.Modules.Supervision;
using DongThuan.Web.Modules.Coordination;
using DongThuan.Web.Modules.Imports;
using DongThuan.Web.Modules.Portal;
using DongThuan.Web.Modules.Review;
using DongThuan.Web.Modules.Search;
using DongThuan.Web.Modules.Open311;
using DongThuan.Web.Modules.Popolo;
using DongThuan.Web.Modules.OpenData;

DongThuan.Web.Infrastructure.Hosting.MallocArenas.Cap();

// Verbs run an operator's job instead of serving (`help` lists them). Help and an unknown verb answer before
// anything is built, so they never open, create, migrate or seed a database.
OperatorVerbs.Verb? verb = null;
var operands = Array.Empty<string>();
if (args.FirstOrDefault() is { } first && !first.StartsWith('-'))
{
    verb = OperatorVerbs.Find(first);
    if (verb is null)
    {
        await Console.Error.WriteLineAsync($"Lệnh không hợp lệ / unknown verb: '{first}'.");
        OperatorVerbs.PrintHelp(Console.Error);
        return 2;
    }

    if (verb.Name == "help")
    {
        return OperatorVerbs.PrintHelp(Console.Out);
    }

    // Operands are the words after the verb up to the first --Key setting.
    operands = [.. args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal))];
}

var builder = WebApplication.CreateBuilder(verb is null ? args : args[(1 + operands.Length)..]);
if (verb is not null)
{
    // A verb prints what it did; the framework's own lines would bury it.
    builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
}

// Shared ground: database, time, the acting user, languages, errors, logs.
builder.AddDongThuanLogging();
// Serves the build's compressed static files from a source checkout in every environment, not only in
// Development; a published app has them in wwwroot and this does nothing.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddDongThuanInfrastructure(builder.Configuration);
builder.Services.AddDongThuanLocalization();
builder.Services.AddErrorHandling();
builder.Services.AddReverseProxySupport(builder.Configuration);

// Modules, one line each.
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddAdmin();
builder.Services.AddOrganisation();
builder.Services.AddCalendar();
builder.Services.AddNotifications();
builder.Services.AddStatistics();
builder.Services.AddObligations();
builder.Services.AddQuestions();
builder.Services.AddSessions();
builder.Services.AddPetitions();
builder.Services.AddSupervision();
builder.Services.AddCoordination();
builder.Services.AddReview();
builder.Services.AddPortal();
builder.Services.AddSearch(builder.Configuration);

builder.Services.AddDongThuanWeb();
builder.Services.AddPublicPageCache(builder.Configuration);

var app = builder.Build();

try
{
    if (verb is null || verb.NeedsMigratedDatabase)
    {
        await app.PrepareDatabaseAsync(serving: verb is null);
    }
}
catch (InvalidOperationException refused) when (refused is DatabaseTooOldException or AuditKeyMismatchException)
{
    // A database this version must not touch, whether a verb or the server met it: what the operator must do, in both
    // languages, rather than a stack trace.
    await Console.Error.WriteLineAsync(refused.Message);
    return 1;
}

if (verb is not null)
{
    return await OperatorVerbs.RunAsync(app, verb, operands);
}

app.UseReverseProxySupport(app.Configuration);
app.UseErrorHandling();
app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseRequestLocalization();
app.MapStaticAssets().AllowAnonymous();
app.UseRouting();
app.UseRateLimiter();
app.UseMiddleware<InputGuard>();
app.UseAuthentication();
app.UseTokenStampCheck();
app.UseAuthorization();
// After authentication, so that a signed-in user is known and never served a cached page.
app.UseOutputCache();
app.UseAntiforgery();

app.MapOperations();
app.MapAccounts();
app.MapOrganisation();
app.MapCalendar();
app.MapObligations();
app.MapNotifications();
app.MapQuestions();
app.MapSessions();
app.MapPetitions();
app.MapSupervision();
app.MapCoordination();
app.MapImports();
app.MapReview();
app.MapPortal();
app.MapSearch();
app.MapOpen311();
app.MapPopolo();
app.MapOpenData();
app.MapRazorPages().WithStaticAssets();

app.LogWelcome();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
