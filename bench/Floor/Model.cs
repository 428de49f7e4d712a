using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Floor;

public sealed class FloorDb(DbContextOptions<FloorDb> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<Petition> Petitions => Set<Petition>();
    public DbSet<Notice> Notices => Set<Notice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var b = modelBuilder;
        b.Entity<Item>().HasIndex(i => new { i.CouncilId, i.State, i.DueOn });
        b.Entity<Item>().HasIndex(i => new { i.CouncilId, i.OwnerId, i.State });
        b.Entity<Petition>().HasIndex(p => new { p.CouncilId, p.ReceivedAt });
        b.Entity<Petition>().HasIndex(p => new { p.CouncilId, p.State });
        b.Entity<Petition>().HasIndex(p => p.DedupKey).IsUnique();
        b.Entity<Notice>().HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

public sealed class Person
{
    public Guid Id { get; set; }
    public Guid CouncilId { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>An obligation on the board: who owes what, by when.</summary>
public sealed class Item
{
    public Guid Id { get; set; }
    public Guid CouncilId { get; set; }
    public Guid OwnerId { get; set; }
    public int State { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? FulfilledOn { get; set; }
    public string Title { get; set; } = "";
}

public sealed class Petition
{
    public Guid Id { get; set; }
    public Guid CouncilId { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Title { get; set; } = "";
    public string Content { get; set; } = "";
    public string DedupKey { get; set; } = "";
    public int State { get; set; }
    public DateTime ReceivedAt { get; set; }
}

public sealed class Notice
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Text { get; set; } = "";
    public DateTime? ReadAt { get; set; }
}

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
