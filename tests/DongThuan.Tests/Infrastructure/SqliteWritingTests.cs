using DongThuan.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Infrastructure;

/// <summary>How the application's SQLite connections are set up to write (ADR 0027, <c>SqliteWriting.cs</c>).</summary>
public sealed class SqliteWritingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// <summary>
    /// Group commit rests on every connection committing without its own disk flush (<c>synchronous=NORMAL</c>, ADR
    /// 0027). The setting is made once per native connection of the pool, not on every open, so this checks it holds
    /// on connections opened together (new ones) and again on the same connections taken back from the pool.
    /// </summary>
    [Fact]
    public async Task Every_pooled_connection_commits_without_a_flush_of_its_own_on_every_open()
    {
        for (var round = 0; round < 2; round++)
        {
            var settings = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.WithDb(async (db, _) =>
            {
                await db.Database.OpenConnectionAsync();
                try
                {
                    await using var command = db.Database.GetDbConnection().CreateCommand();
                    command.CommandText = "PRAGMA synchronous";
                    return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            })));
            Assert.All(settings, s => Assert.Equal(1, s)); // 1 = NORMAL; SQLite's default in WAL is 2 = FULL
        }
    }
}
