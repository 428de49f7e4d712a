using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Notifications;

/// <summary>
/// A signed-in person follows something the public may read (a question's answer, a supervision result, an article's
/// comments) and hears its updates at the address they followed it from. Kept with its title, so "what I follow" lists
/// without asking each module.
/// </summary>
public sealed class Follow : Entity, IPrivateRow
{
    public const int MaxPerAccount = 500;

    public string UserId { get; private set; } = "";

    /// <summary>What is followed, as <see cref="IFollowable.Kind"/> names it ("Question", "SupervisionResult", "Article").</summary>
    public string SubjectKind { get; private set; } = "";

    public Guid SubjectId { get; private set; }

    public string Title { get; private set; } = "";

    public string Url { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    private Follow()
    {
    }

    public static Follow Of(string userId, string kind, Guid id, FollowTarget target, DateTimeOffset at) => new()
    {
        UserId = userId, SubjectKind = kind, SubjectId = id, Title = target.Title.Length > 300 ? target.Title[..300] : target.Title, Url = target.Url, CreatedAt = at,
    };
}

/// <summary>What a follower sees of a followed subject: its title and its public address.</summary>
public sealed record FollowTarget(string Title, string Url);

/// <summary>A module's public subjects of one kind that anyone signed in may follow; null for one the public may not read.</summary>
public interface IFollowable
{
    string Kind { get; }

    Task<FollowTarget?> FindAsync(Guid id, CancellationToken ct);
}

public static class FollowRefusals
{
    public static readonly Refusal NotFollowable = new("follow-not-found", "Không tìm thấy nội dung công khai để theo dõi.");
    public static readonly Refusal TooMany = new("follow-too-many", "Quý vị đã theo dõi quá nhiều mục; hãy bỏ theo dõi bớt.");
}

public static class FollowsData
{
    extension(DongThuanDb db)
    {
        public DbSet<Follow> Follows => db.Set<Follow>();
    }
}

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> b)
    {
        b.Property(f => f.UserId).HasMaxLength(64);
        b.Property(f => f.SubjectKind).HasMaxLength(32);
        b.Property(f => f.Title).HasMaxLength(300);
        b.Property(f => f.Url).HasMaxLength(300);
        b.HasIndex(f => new { f.UserId, f.SubjectKind, f.SubjectId }).IsUnique();
        b.HasIndex(f => new { f.SubjectKind, f.SubjectId });
    }
}
