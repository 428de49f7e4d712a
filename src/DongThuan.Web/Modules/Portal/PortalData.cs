using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Portal;

public static class PortalData
{
    extension(DongThuanDb db)
    {
        public DbSet<Article> Articles => db.Set<Article>();

        public DbSet<Comments.Comment> Comments => db.Set<Comments.Comment>();

        public DbSet<Comments.CommentReport> CommentReports => db.Set<Comments.CommentReport>();

        public DbSet<Images.ArticleImage> ArticleImages => db.Set<Images.ArticleImage>();
    }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.Property(a => a.Title).HasMaxLength(Article.TitleLimit);
        b.Property(a => a.Slug).HasMaxLength(130);
        b.Property(a => a.Author).HasMaxLength(200);
        b.Property(a => a.Lead).HasMaxLength(Article.LeadLimit);
        b.Property(a => a.Body).HasMaxLength(Article.BodyLimit);
        b.Property(a => a.Tags).HasMaxLength(500);
        b.HasIndex(a => a.Slug).IsUnique();
        b.HasIndex(a => a.PublishAt);
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comments.Comment>
{
    public void Configure(EntityTypeBuilder<Comments.Comment> b)
    {
        b.Property(c => c.AuthorUserId).HasMaxLength(64);
        b.Property(c => c.AuthorName).HasMaxLength(200);
        b.Property(c => c.Text).HasMaxLength(Comments.Comment.TextLimit);
        b.Property(c => c.RejectionReason).HasMaxLength(Comments.Comment.ReasonLimit);
        b.Property(c => c.ModeratedBy).HasMaxLength(256);
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Restrict);
        // The article page reads its published comments; the moderators read what waits, by unit.
        b.HasIndex(c => new { c.ArticleId, c.State, c.WrittenAt });
        b.HasIndex(c => new { c.UnitId, c.State });
        b.HasIndex(c => new { c.AuthorUserId, c.WrittenAt });
    }
}

internal sealed class CommentReportConfiguration : IEntityTypeConfiguration<Comments.CommentReport>
{
    public void Configure(EntityTypeBuilder<Comments.CommentReport> b)
    {
        b.Property(r => r.ReporterUserId).HasMaxLength(64);
        b.Property(r => r.Reason).HasMaxLength(Comments.Comment.ReasonLimit);
        b.HasOne<Comments.Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.CommentId, r.ReporterUserId }).IsUnique();
    }
}

internal sealed class ArticleImageConfiguration : IEntityTypeConfiguration<Images.ArticleImage>
{
    public void Configure(EntityTypeBuilder<Images.ArticleImage> b)
    {
        b.Property(i => i.Alt).HasMaxLength(Images.ArticleImage.AltLimit);
        b.Property(i => i.Caption).HasMaxLength(Images.ArticleImage.CaptionLimit);
        b.Property(i => i.OriginalSha256).HasMaxLength(64);
        b.Property(i => i.SmallSha256).HasMaxLength(64);
        b.Property(i => i.LargeSha256).HasMaxLength(64);
        b.HasOne<Article>().WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.ArticleId, i.Order });
    }
}
