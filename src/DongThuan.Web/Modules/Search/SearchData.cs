using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Search;

public static class SearchData
{
    extension(DongThuanDb db)
    {
        public DbSet<SearchEntry> SearchEntries => db.Set<SearchEntry>();
    }
}

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> b)
    {
        b.ToTable("SearchEntries");
        b.Property(e => e.Id).ValueGeneratedOnAdd();
        b.Property(e => e.Kind).HasMaxLength(32);
        b.Property(e => e.State).HasMaxLength(40);
        b.Property(e => e.Title).HasMaxLength(1_000);
        b.Property(e => e.Text).HasMaxLength(SearchEntry.TextLimit);
        b.Property(e => e.Url).HasMaxLength(500);
        b.Property(e => e.PublicUrl).HasMaxLength(500);
        b.Ignore(e => e.FoldedTitle);
        b.Ignore(e => e.FoldedText);
        b.Ignore(e => e.MarkedWords);
        b.HasIndex(e => new { e.Kind, e.RecordId }).IsUnique();
        b.HasMany(e => e.Audience).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SearchAudienceKeyConfiguration : IEntityTypeConfiguration<SearchAudienceKey>
{
    public void Configure(EntityTypeBuilder<SearchAudienceKey> b)
    {
        b.ToTable("SearchAudience");
        b.HasKey(a => new { a.EntryId, a.Key });
        b.Property(a => a.Key).HasMaxLength(80);
    }
}
