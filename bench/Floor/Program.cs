// The floor of the load run (bench/load/run.py): what ASP.NET Core, cookie sign-in, antiforgery, Razor and EF Core on
// SQLite allow per request on this machine when a page or a stored petition does nothing of DongThuan's own. The
// load run measures it beside the bare plaintext app and DongThuan, interleaved, so that a share of plaintext can
// be read against what the stack itself reaches (ADR 0055).
//
//   GET  /signin                  a cookie for a signed-in reader (the load tool's sign-in)
//   GET  /header                  a signed-in page with the layout and one query (the header's unread count)
//   GET  /board[?read=sql]        a signed-in page with seven small indexed queries (the header's among them), 20 rows and a
//                                 form; with read=sql, six of them are SQL read past EF Core's query pipeline
//   POST /petitions[?sync=normal] one petition stored through EF Core, each commit on disk before the answer
//                                 (synchronous=FULL), or only in the write-ahead log (NORMAL: survives kill -9)
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Floor;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var folder = Directory.CreateTempSubdirectory("dongthuan-floor-").FullName;
var connectionString = $"Data Source={Path.Combine(folder, "floor.db")};Pooling=True";
builder.Services.AddDbContextPool<FloorDb>(o => o.UseSqlite(connectionString));
builder.Services.AddSingleton(new Writers(connectionString));
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
builder.Services.AddAuthorization();
builder.Services.AddRazorPages();
// As DongThuan: Vietnamese letters written as they are, not as entities.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();
await Seed.RunAsync(connectionString);
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();

app.MapGet("/signin", async (HttpContext http) =>
{
    var identity = new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Seed.Reader.ToString()), new Claim(ClaimTypes.Name, "Thường trực"),
         new Claim("council", Seed.Council.ToString())],
        CookieAuthenticationDefaults.AuthenticationScheme);
    await http.SignInAsync(new ClaimsPrincipal(identity));
    return Results.Text("signed in");
});

app.MapPost("/petitions", async (PetitionInput input, Writers writers, string? sync) =>
{
    if (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.Title)
        || string.IsNullOrWhiteSpace(input.Content) || !input.Consent)
        return Results.BadRequest("name, title, content and consent are required");
    var id = await writers.StoreAsync(input, durable: sync != "normal");
    return Results.Created($"/petitions/{id}", new { id });
});

app.Lifetime.ApplicationStopped.Register(() => Directory.Delete(folder, recursive: true));
app.Run();
