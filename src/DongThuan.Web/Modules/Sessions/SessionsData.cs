using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Sessions;

public static class SessionsData
{
    extension(DongThuanDb db)
    {
        public DbSet<Session> Sessions => db.Set<Session>();

        public DbSet<AgendaItem> AgendaItems => db.Set<AgendaItem>();

        public DbSet<Document> Documents => db.Set<Document>();

        public DbSet<Attachment> Attachments => db.Set<Attachment>();

        public DbSet<GroupOpinion> GroupOpinions => db.Set<GroupOpinion>();

        public DbSet<Attendance> Attendance => db.Set<Attendance>();
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        b.Ignore(s => s.Label);
        b.Ignore(s => s.KindName);
        b.Property(s => s.Venue).HasMaxLength(300);
        b.Property(s => s.Kind).HasConversion<int>();
        b.HasOne<Body>().WithMany().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Term>().WithMany().HasForeignKey(s => s.TermId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.UnitId, s.StartsOn });
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.Property(a => a.Title).HasMaxLength(AgendaItem.TitleMax);
        b.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.SessionId, a.Order });
    }
}

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.Ignore(d => d.Symbol);
        b.Ignore(d => d.Passed);
        b.Property(d => d.IssuerCode).HasMaxLength(30);
        b.Property(d => d.Summary).HasMaxLength(1000);
        b.Property(d => d.Type).HasConversion<int>();
        b.HasOne<Body>().WithMany().HasForeignKey(d => d.IssuerBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Session>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        // One number per issuer, year and type: the database backs the rule on the entity.
        b.HasIndex(d => new { d.IssuerBodyId, d.Year, d.Type, d.Number }).IsUnique();
        b.HasIndex(d => new { d.UnitId, d.Year, d.Type });
        b.HasIndex(d => d.SessionId);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.HasOne<Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupOpinionConfiguration : IEntityTypeConfiguration<GroupOpinion>
{
    public void Configure(EntityTypeBuilder<GroupOpinion> b)
    {
        b.Property(o => o.Content).HasMaxLength(8000);
        b.Property(o => o.Response).HasMaxLength(8000);
        b.HasOne<Session>().WithMany().HasForeignKey(o => o.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(o => o.DelegateGroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => o.SessionId);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.Property(a => a.Status).HasConversion<int>();
        b.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.SessionId, a.PersonId }).IsUnique();
    }
}
