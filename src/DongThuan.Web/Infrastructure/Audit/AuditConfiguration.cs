using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Infrastructure.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.UserId).HasMaxLength(64);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.EntityType).HasMaxLength(100);
        b.Property(e => e.EntityId).HasMaxLength(200);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        b.HasIndex(e => e.At);
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.LastHash).HasMaxLength(64);
        b.Property(h => h.KeyFingerprint).HasMaxLength(16).HasDefaultValue("");
        b.HasData(new AuditChainHead { Id = 1, LastSequence = 0, LastHash = "" });
    }
}
