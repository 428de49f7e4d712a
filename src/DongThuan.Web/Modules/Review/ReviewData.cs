using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Review;

public static class ReviewData
{
    extension(DongThuanDb db)
    {
        public DbSet<AnnualReportDraft> AnnualReportDrafts => db.Set<AnnualReportDraft>();
    }
}

internal sealed class AnnualReportDraftConfiguration : IEntityTypeConfiguration<AnnualReportDraft>
{
    public void Configure(EntityTypeBuilder<AnnualReportDraft> b)
    {
        b.Property(d => d.Opening).HasMaxLength(AnnualReportDraft.TextLimit);
        b.Property(d => d.Assessment).HasMaxLength(AnnualReportDraft.TextLimit);
        b.Property(d => d.Directions).HasMaxLength(AnnualReportDraft.TextLimit);
        b.Property(d => d.Recipients).HasMaxLength(AnnualReportDraft.TextLimit);
        b.Property(d => d.SignerName).HasMaxLength(200);
        b.Property(d => d.UpdatedBy).HasMaxLength(200);
        b.HasIndex(d => new { d.CouncilId, d.Year }).IsUnique();
    }
}
