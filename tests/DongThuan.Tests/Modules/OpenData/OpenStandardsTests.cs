using DongThuan.Tests.Harness;

namespace DongThuan.Tests.Modules.OpenData;

/// <summary>
/// Issue 22, "open by standard", on one host per engine: Open311 GeoReport v2 (<c>Open311Tests.cs</c>), Popolo / Open Civic
/// Data (<c>PopoloTests.cs</c>) and the public record as open data (<c>OpenDataTests.cs</c>), with a sweep that no person's
/// contact, no denunciation and nothing not public reaches any of them.
/// </summary>
public abstract partial class OpenStandardsTests
{
    private readonly AppFactory _app;

    protected OpenStandardsTests(AppFactory app)
    {
        app.RequireAvailable();
        _app = app;
    }
}

public sealed class OpenStandardsTestsOnSqlite(SqliteApp app) : OpenStandardsTests(app), IClassFixture<SqliteApp>;

public sealed class OpenStandardsTestsOnPostgres(PostgresApp app) : OpenStandardsTests(app), IClassFixture<PostgresApp>;
