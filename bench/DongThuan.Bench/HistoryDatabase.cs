using System.Globalization;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Modules.Petitions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Bench;

/// <summary>
/// A SQLite database with the application's schema (its own migrations) and a long history: 10 councils ×
/// 10 years × 10,000 petitions = 1,000,000 petitions, each with its answer obligation, spread over fields,
/// channels, agencies and months, a fifth answered late and a twentieth still open. Built once and kept
/// on disk (BenchmarkDotNet runs each case in its own process), rebuilt when the row count is not right.
/// </summary>
public static class HistoryDatabase
{
    public const int Councils = 10, Years = 10, PerCouncilYear = 10_000, FirstYear = 2017, Agencies = 15;

    public static string PathFor(int petitions) => Path.Combine(Path.GetTempPath(), $"dongthuan-bench-{petitions}.db");

    public static Guid Council(int i) => Id(1, i);

    public static Guid Unit(int i) => Id(2, i);

    public static Guid Agency(int unit, int i) => Id(3, unit * 100 + i);

    public static SqliteDongThuanDb Open(string path) =>
        BenchSealing.Serve(new SqliteDongThuanDb(new DbContextOptionsBuilder<SqliteDongThuanDb>().UseSqlite($"Data Source={path}").Options));

    public static async Task<string> EnsureAsync()
    {
        var total = Councils * Years * PerCouncilYear;
        var path = PathFor(total);
        if (File.Exists(path) && await CountAsync(path) == total)
        {
            return path;
        }

        File.Delete(path);
        await using (var db = Open(path))
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        Console.WriteLine($"Generating {total:N0} petitions and their obligations in {path} …");
        var units = new Filler(connection, tx, "Unit");
        var bodies = new Filler(connection, tx, "Body");
        var petitions = new Filler(connection, tx, "Petition");
        var obligations = new Filler(connection, tx, "Obligation");
        var fields = new List<string>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id FROM PetitionField";
            await using var r = await read.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                fields.Add(r.GetString(0));
            }
        }

        var random = new Random(2022);
        long n = 0;
        for (var u = 0; u < Councils; u++)
        {
            await units.InsertAsync(new() { ["Id"] = G(Unit(u)), ["Name"] = $"Phường {u}", ["PlaceName"] = $"Phường {u}", ["Level"] = 3 });
            await bodies.InsertAsync(new() { ["Id"] = G(Council(u)), ["Name"] = $"HĐND phường {u}", ["Kind"] = 1, ["UnitId"] = G(Unit(u)) });
            for (var a = 0; a < Agencies; a++)
            {
                await bodies.InsertAsync(new() { ["Id"] = G(Agency(u, a)), ["Name"] = $"Cơ quan {a} phường {u}", ["Kind"] = 6, ["UnitId"] = G(Unit(u)) });
            }

            for (var y = 0; y < Years; y++)
            {
                for (var i = 0; i < PerCouncilYear; i++, n++)
                {
                    var received = new DateOnly(FirstYear + y, 1, 1).AddDays(random.Next(365));
                    var due = received.AddDays(30);
                    var roll = random.Next(100);
                    DateOnly? answered = roll < 5 ? null : roll < 25 ? due.AddDays(1 + random.Next(30)) : received.AddDays(5 + random.Next(25));
                    var agency = G(Agency(u, (int)(n % Agencies)));
                    var id = Guid.NewGuid();
                    var obligation = Guid.NewGuid();
                    var code = "KN-" + n.ToString("X8", CultureInfo.InvariantCulture);
                    await petitions.InsertAsync(new()
                    {
                        ["Id"] = G(id), ["UnitId"] = G(Unit(u)), ["CouncilId"] = G(Council(u)), ["TrackingCode"] = code, ["DedupKey"] = code, ["Kind"] = 1,
                        ["Channel"] = 1 + random.Next(5), ["Title"] = "Kiến nghị " + n, ["Content"] = "Nội dung kiến nghị " + n, ["Folded"] = "kien nghi " + n,
                        ["ReceivedOn"] = D(received), ["Voters"] = 1, ["State"] = answered is null ? 2 : 6, ["FieldId"] = fields[random.Next(fields.Count)],
                        ["Level"] = 2, ["AgencyBodyId"] = agency, ["AnsweredOn"] = answered is { } a1 ? D(a1) : null, ["ObligationId"] = G(obligation),
                        ["Reopened"] = roll == 99 ? 1 : 0,
                    });
                    await obligations.InsertAsync(new()
                    {
                        ["Id"] = G(obligation), ["Kind"] = PetitionObligations.Answer, ["SubjectType"] = PetitionObligations.SubjectType, ["SubjectId"] = G(id), ["Subject"] = "Kiến nghị " + n,
                        ["UnitId"] = G(Unit(u)), ["OwnerBodyId"] = agency, ["StartedOn"] = D(received), ["OriginalDueOn"] = D(due), ["DueOn"] = D(due),
                        ["DueExplanation"] = "30 ngày", ["State"] = answered is null ? 1 : 2, ["FulfilledOn"] = answered is { } a2 ? D(a2) : null,
                    });
                }
            }
        }

        await tx.CommitAsync();
        await Exec(connection, "ANALYZE;");
        return path;
    }

    private static async Task<long> CountAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Petition";
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    private static async Task Exec(SqliteConnection c, string sql)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // EF stores Guids as upper-case text and dates as ISO text on SQLite.
    private static string G(Guid g) => g.ToString().ToUpperInvariant();

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Guid Id(int kind, int i) => new($"0000000{kind}-0000-0000-0000-{i:000000000000}");

    /// <summary>One prepared INSERT per table, filling every NOT NULL column the row leaves out with its type's zero.</summary>
    private sealed class Filler
    {
        private readonly SqliteCommand _command;
        private readonly List<(string Name, string Type, bool NotNull)> _columns = [];

        public Filler(SqliteConnection connection, SqliteTransaction tx, string table)
        {
            using (var info = connection.CreateCommand())
            {
                info.CommandText = $"PRAGMA table_info(\"{table}\")";
                using var r = info.ExecuteReader();
                while (r.Read())
                {
                    _columns.Add((r.GetString(1), r.GetString(2), r.GetInt64(3) == 1));
                }
            }

            _command = connection.CreateCommand();
            _command.Transaction = tx;
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", _columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", _columns.Select((_, i) => "$p" + i))})";
            for (var i = 0; i < _columns.Count; i++)
            {
                _command.Parameters.Add(new SqliteParameter("$p" + i, null));
            }

            _command.Prepare();
        }

        public Task<int> InsertAsync(Dictionary<string, object?> row)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                var (name, type, notNull) = _columns[i];
                _command.Parameters[i].Value = row.TryGetValue(name, out var v) && v is not null ? v
                    : notNull ? (type.StartsWith("INT", StringComparison.OrdinalIgnoreCase) ? 0L : "") : DBNull.Value;
            }

            return _command.ExecuteNonQueryAsync();
        }
    }
}
