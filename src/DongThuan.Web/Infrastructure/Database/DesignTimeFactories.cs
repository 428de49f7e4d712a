using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DongThuan.Web.Infrastructure.Database;

// Used only by `dotnet ef migrations add`; the running app configures the contexts in DatabaseSetup.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDongThuanDb>
{
    public SqliteDongThuanDb CreateDbContext(string[] args) =>
        new SqliteDongThuanDb(new DbContextOptionsBuilder<SqliteDongThuanDb>().UseSqlite("Data Source=design.db").Options).Serving(DesignTime.Services, SystemActor.Instance);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDongThuanDb>
{
    public PostgresDongThuanDb CreateDbContext(string[] args) =>
        new PostgresDongThuanDb(new DbContextOptionsBuilder<PostgresDongThuanDb>().UseNpgsql("Host=localhost;Database=design").Options).Serving(DesignTime.Services, SystemActor.Instance);
}

internal static class DesignTime
{
    /// <summary>A throwaway key: migrations are generated, never sealed.</summary>
    public static readonly SaveServices Services = SaveServices.Throwaway();
}
