using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Floor;

/// <summary>
/// Ten councils, each the size of the demo data (about 400 obligations and 350 petitions in all): the board counts and
/// lists what a demo council holds, not more.
/// </summary>
public static class Seed
{
    public static readonly Guid Council = Guid.Parse("00000000-0000-0000-0000-000000000001");
    /// <summary>
    /// The council the floor's petitions are posted to, which no page reads: a run posts tens of thousands, and counted
    /// on the board they made it slower with every round (DongThuan's own intake adds a few thousand in a run).
    /// </summary>
    public static readonly Guid Intake = Guid.Parse("00000000-0000-0000-0000-000000000099");
    public static readonly Guid Reader = Guid.Parse("00000000-0000-0000-0000-000000000101");

    public static async Task RunAsync(string connectionString)
    {
        await using (var db = new FloorDb(new DbContextOptionsBuilder<FloorDb>().UseSqlite(connectionString).Options))
            await db.Database.EnsureCreatedAsync();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL";
            await wal.ExecuteNonQueryAsync();
        }
        await using var tx = await connection.BeginTransactionAsync();
        var random = new Random(21);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var c = 1; c <= 10; c++)
        {
            var council = Guid.Parse($"00000000-0000-0000-0000-{c:D12}");
            var people = Enumerable.Range(0, 50).Select(p => c == 1 && p == 0 ? Reader : Guid.NewGuid()).ToArray();
            foreach (var (person, n) in people.Select((p, n) => (p, n)))
                await Run(connection, "INSERT INTO People (Id, CouncilId, Name) VALUES ($1, $2, $3)", person, council,
                    $"Đại biểu số {n + 1}");
            for (var i = 0; i < 400; i++)
            {
                var state = random.Next(4);
                var due = today.AddDays(random.Next(-200, 200));
                await Run(connection,
                    "INSERT INTO Items (Id, CouncilId, OwnerId, State, DueOn, FulfilledOn, Title) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    Guid.NewGuid(), council, people[random.Next(people.Length)], state, due,
                    state == 3 ? due.AddDays(-random.Next(30)) : null,
                    $"Trả lời kiến nghị về hạ tầng giao thông, tổ dân phố số {i % 40 + 1} (lần {i})");
            }
            for (var i = 0; i < 350; i++)
                await Run(connection,
                    "INSERT INTO Petitions (Id, CouncilId, Name, Email, Title, Content, DedupKey, State, ReceivedAt) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                    Guid.NewGuid(), council, $"Cử tri {i}", $"cutri.{c}.{i}@example.com", $"Đề nghị sửa đường ngõ số {i}",
                    "Cử tri đề nghị sửa chữa mặt đường bị lún và đọng nước khi mưa.", $"seed|{c}|{i}", random.Next(3),
                    DateTime.UtcNow.AddDays(-random.Next(700)));
        }
        for (var i = 0; i < 40; i++)
            await Run(connection, "INSERT INTO Notices (Id, UserId, Text, ReadAt) VALUES ($1, $2, $3, $4)",
                Guid.NewGuid(), Reader, $"Việc mới số {i}", i < 30 ? DateTime.UtcNow : null);
        await tx.CommitAsync();
    }

    private static async Task Run(SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
            command.Parameters.AddWithValue($"${i + 1}", values[i] switch
            {
                null => DBNull.Value,
                DateOnly d => d.ToString("yyyy-MM-dd"),
                DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF"),
                var v => v,
            });
        await command.ExecuteNonQueryAsync();
    }
}
