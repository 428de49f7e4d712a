using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Portal;

public static class PortalData
{
    extension(DongThuanDb db)
    {
        public DbSet<Article> Articles => db.Set<Article>();
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
