using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>SQLite, the embedded default. Owns the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteDongThuanDb(DbContextOptions<SqliteDongThuanDb> options) : DongThuanDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type; stored as a sortable 64-bit number, instants
        // can be ordered and compared in SQL like on PostgreSQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>PostgreSQL, the server option. Owns the migrations in Migrations/Postgres.</summary>
public sealed class PostgresDongThuanDb(DbContextOptions<PostgresDongThuanDb> options) : DongThuanDb(options);
