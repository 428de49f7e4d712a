// The bare ASP.NET Core app the load run compares DongThuan with: Kestrel, routing and one endpoint, as in the
// TechEmpower "plaintext" test. Logging is off so that the console does not cost anything.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/plaintext", () => Results.Text("Hello, World!"));
app.Run();
