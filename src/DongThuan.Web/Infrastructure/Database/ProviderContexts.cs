using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>SQLite, the embedded default. Owns the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteDongThuanDb(DbContextOptions<SqliteDongThuanDb> options, AuditSealing sealing, ICurrentActor actor, TimeProvider time, IEnumerable<ISaveParticipant> participants)
    : DongThuanDb(options, sealing, actor, time, participants)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type; stored as a sortable 64-bit number, instants
        // can be ordered and compared in SQL like on PostgreSQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>PostgreSQL, the server option. Owns the migrations in Migrations/Postgres.</summary>
public sealed class PostgresDongThuanDb(DbContextOptions<PostgresDongThuanDb> options, AuditSealing sealing, ICurrentActor actor, TimeProvider time, IEnumerable<ISaveParticipant> participants)
    : DongThuanDb(options, sealing, actor, time, participants);
