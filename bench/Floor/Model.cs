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
