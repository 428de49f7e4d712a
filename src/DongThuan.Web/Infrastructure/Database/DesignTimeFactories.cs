using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DongThuan.Web.Infrastructure.Database;

// Used only by `dotnet ef migrations add`; the running app configures the contexts in DatabaseSetup.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDongThuanDb>
{
    public SqliteDongThuanDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDongThuanDb>().UseSqlite("Data Source=design.db").Options, DesignTime.Sealing, SystemActor.Instance, TimeProvider.System, []);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDongThuanDb>
{
    public PostgresDongThuanDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDongThuanDb>().UseNpgsql("Host=localhost;Database=design").Options, DesignTime.Sealing, SystemActor.Instance, TimeProvider.System, []);
}

internal static class DesignTime
{
    /// <summary>A throwaway key: migrations are generated, never sealed.</summary>
    public static readonly Audit.AuditSealing Sealing = new(new Security.ServerSecrets(new byte[32], Path.GetTempPath()), null, TimeProvider.System);
}
