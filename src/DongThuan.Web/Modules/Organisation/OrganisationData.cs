using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>The organisation tables, reached as <c>db.Units</c>, <c>db.Bodies</c>… from any module.</summary>
public static class OrganisationData
{
    extension(DongThuanDb db)
    {
        public DbSet<Unit> Units => db.Set<Unit>();

        public DbSet<UnitSuccession> UnitSuccessions => db.Set<UnitSuccession>();

        public DbSet<Body> Bodies => db.Set<Body>();

        public DbSet<Term> Terms => db.Set<Term>();

        public DbSet<Person> People => db.Set<Person>();

        public DbSet<Position> Positions => db.Set<Position>();

        /// <summary>The councils on record (not archived), sitting or ended: the jurisdictions of the public interfaces.</summary>
        public IQueryable<Body> Councils => db.Set<Body>().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.PlaceName).HasMaxLength(100);
        b.Property(u => u.Level).HasConversion<int>();
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => u.Name);
    }
}

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> b)
    {
        b.HasOne<Unit>().WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.PredecessorId, s.SuccessorId }).IsUnique();
    }
}

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> b)
    {
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Kind).HasConversion<int>();
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.ParentBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.UnitId, x.Kind });
    }
}

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> b)
    {
        b.Ignore(t => t.Label);
        b.HasOne<Body>().WithMany().HasForeignKey(t => t.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.UnitId, t.CouncilId });
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.FullName).HasMaxLength(200);
        b.Property(p => p.Email).HasMaxLength(256);
        b.Property(p => p.Phone).HasMaxLength(30);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.UnitId, p.FullName });
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Term>().WithMany().HasForeignKey(p => p.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.UnitId, p.BodyId });
        b.HasIndex(p => p.PersonId);
    }
}
