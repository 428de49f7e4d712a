using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Floor;

public sealed record PetitionInput(string Name, string Email, string Title, string Content, bool Consent);

/// <summary>
/// One writer at a time, as SQLite allows, each on a kept connection of its own durability: a gate and a context that
/// stay open, so that the floor pays for EF Core's save and SQLite's commit and nothing else.
/// </summary>
public sealed class Writers(string connectionString) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly FloorDb _full = Open(connectionString, "FULL");
    private readonly FloorDb _normal = Open(connectionString, "NORMAL");

    private static FloorDb Open(string connectionString, string synchronous)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA synchronous={synchronous}";
            pragma.ExecuteNonQuery();
        }
        // The context disposes the connection with it (contextOwnsConnection).
        return new FloorDb(new DbContextOptionsBuilder<FloorDb>().UseSqlite(connection, contextOwnsConnection: true).Options);
    }

    public async Task<Guid> StoreAsync(PetitionInput input, bool durable)
    {
        var petition = new Petition
        {
            Id = Guid.NewGuid(), CouncilId = Seed.Intake, Name = input.Name.Trim(), Email = input.Email.Trim(),
            Title = input.Title.Trim(), Content = input.Content.Trim(), ReceivedAt = DateTime.UtcNow,
            DedupKey = $"{input.Email.Trim().ToLowerInvariant()}|{input.Title.Trim()}",
        };
        var db = durable ? _full : _normal;
        await _gate.WaitAsync();
        try
        {
            db.Petitions.Add(petition);
            await db.SaveChangesAsync();
        }
        finally
        {
            db.ChangeTracker.Clear();
            _gate.Release();
        }
        return petition.Id;
    }

    public void Dispose()
    {
        _full.Dispose();
        _normal.Dispose();
        _gate.Dispose();
    }
}
