using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Open311;

public static class Open311Data
{
    extension(DongThuanDb db)
    {
        public DbSet<Open311Client> Open311Clients => db.Set<Open311Client>();
    }
}

internal sealed class Open311ClientConfiguration : IEntityTypeConfiguration<Open311Client>
{
    public void Configure(EntityTypeBuilder<Open311Client> b)
    {
        b.Property(c => c.Name).HasMaxLength(Open311Client.NameMax);
        b.Property(c => c.KeyHash).HasMaxLength(64);
        b.Property(c => c.KeyEnding).HasMaxLength(4);
        b.Property(c => c.IssuedBy).HasMaxLength(256);
        b.HasIndex(c => c.KeyHash).IsUnique();
    }
}
