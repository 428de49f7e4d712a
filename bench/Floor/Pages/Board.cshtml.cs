using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Floor.Pages;

/// <summary>
/// Six small queries, each served by an index and written as plain LINQ, which with the header's make the seven that
/// DongThuan's signed-in board runs for the load run's account (`A_signed_in_page_runs_at_most_ten_queries` lists them).
/// With <c>?read=sql</c> the same six are read past EF Core's query pipeline: SQL on the context's pooled connection,
/// opened once for the page, rows read column by column. The two show what EF Core's per-query work costs a page.
/// </summary>
public sealed class BoardModel(FloorDb db) : PageModel
{
    public List<(int State, int Count)> ByState { get; private set; } = [];
    public int Overdue { get; private set; }
    public int PetitionsWaiting { get; private set; }
    public List<OpenItem> Open { get; private set; } = [];
    public Dictionary<Guid, string> Owners { get; private set; } = [];
    public List<NewPetition> Latest { get; private set; } = [];

    public sealed record OpenItem(Guid Id, string Title, Guid OwnerId, DateOnly DueOn, int State);
    public sealed record NewPetition(Guid Id, string Title, DateTime ReceivedAt);

    public async Task OnGetAsync(string? read)
    {
        var council = Guid.Parse(User.FindFirstValue("council")!);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (read == "sql")
        {
            await ReadWithSqlAsync(council, today);
            return;
        }

        var items = db.Items.Where(i => i.CouncilId == council);

        ByState = (await items.GroupBy(i => i.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .Select(g => (g.Key, g.Count)).ToList();
        Overdue = await items.CountAsync(i => i.State < 3 && i.DueOn < today);
        Open = await items.Where(i => i.State < 3).OrderBy(i => i.DueOn).Take(20)
            .Select(i => new OpenItem(i.Id, i.Title, i.OwnerId, i.DueOn, i.State)).ToListAsync();
        var owners = Open.Select(i => i.OwnerId).Distinct().ToList();
        Owners = await db.People.Where(p => owners.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name);
        PetitionsWaiting = await db.Petitions.CountAsync(p => p.CouncilId == council && p.State == 0);
        Latest = await db.Petitions.Where(p => p.CouncilId == council).OrderByDescending(p => p.ReceivedAt).Take(5)
            .Select(p => new NewPetition(p.Id, p.Title, p.ReceivedAt)).ToListAsync();
    }

    private async Task ReadWithSqlAsync(Guid council, DateOnly today)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            ByState = await RowsAsync(connection, "SELECT State, COUNT(*) FROM Items WHERE CouncilId = $c GROUP BY State",
                r => (r.GetInt32(0), r.GetInt32(1)), ("$c", council));
            Overdue = (await RowsAsync(connection, "SELECT COUNT(*) FROM Items WHERE CouncilId = $c AND State < 3 AND DueOn < $t",
                r => r.GetInt32(0), ("$c", council), ("$t", today.ToString("yyyy-MM-dd"))))[0];
            Open = await RowsAsync(connection,
                "SELECT Id, Title, OwnerId, DueOn, State FROM Items WHERE CouncilId = $c AND State < 3 ORDER BY DueOn LIMIT 20",
                r => new OpenItem(r.GetGuid(0), r.GetString(1), r.GetGuid(2), r.GetFieldValue<DateOnly>(3), r.GetInt32(4)),
                ("$c", council));
            var owners = "[" + string.Join(",", Open.Select(i => i.OwnerId).Distinct().Select(id => $"\"{id.ToString().ToUpperInvariant()}\"")) + "]";
            Owners = (await RowsAsync(connection, "SELECT Id, Name FROM People WHERE Id IN (SELECT value FROM json_each($ids))",
                r => (Id: r.GetGuid(0), Name: r.GetString(1)), ("$ids", owners))).ToDictionary(p => p.Id, p => p.Name);
            PetitionsWaiting = (await RowsAsync(connection, "SELECT COUNT(*) FROM Petitions WHERE CouncilId = $c AND State = 0",
                r => r.GetInt32(0), ("$c", council)))[0];
            Latest = await RowsAsync(connection,
                "SELECT Id, Title, ReceivedAt FROM Petitions WHERE CouncilId = $c ORDER BY ReceivedAt DESC LIMIT 5",
                r => new NewPetition(r.GetGuid(0), r.GetString(1), r.GetDateTime(2)), ("$c", council));
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<T>> RowsAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> row,
        params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
            rows.Add(row(reader));
        return rows;
    }
}
