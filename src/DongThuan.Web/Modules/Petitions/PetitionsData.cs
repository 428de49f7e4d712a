using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Petitions;

public static class PetitionsData
{
    extension(DongThuanDb db)
    {
        public DbSet<Petition> Petitions => db.Set<Petition>();

        public DbSet<PetitionerIdentity> PetitionerIdentities => db.Set<PetitionerIdentity>();

        public DbSet<ConsentRecord> Consents => db.Set<ConsentRecord>();

        public DbSet<IdentityDisclosure> IdentityDisclosures => db.Set<IdentityDisclosure>();

        public DbSet<PetitionAttachment> PetitionAttachments => db.Set<PetitionAttachment>();

        public DbSet<PetitionField> PetitionFields => db.Set<PetitionField>();

        public DbSet<RoutingRule> RoutingRules => db.Set<RoutingRule>();

        public DbSet<VoterMeeting> VoterMeetings => db.Set<VoterMeeting>();

        public DbSet<DialogueConference> Dialogues => db.Set<DialogueConference>();

        public DbSet<DialoguePromise> DialoguePromises => db.Set<DialoguePromise>();

        public DbSet<ImportJob> ImportJobs => db.Set<ImportJob>();
    }
}

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> b)
    {
        b.Property(p => p.TrackingCode).HasMaxLength(12);
        b.Property(p => p.DedupKey).HasMaxLength(80);
        b.Property(p => p.Title).HasMaxLength(Petition.TitleMax);
        b.Property(p => p.Content).HasMaxLength(Petition.ContentMax);
        b.Property(p => p.Folded).HasMaxLength(Petition.ContentMax + Petition.TitleMax + 1);
        b.Property(p => p.RoutedContent).HasMaxLength(Petition.ContentMax);
        b.Property(p => p.Ward).HasMaxLength(Petition.PlaceMax);
        b.Property(p => p.Location).HasMaxLength(Petition.PlaceMax);
        b.Property(p => p.Source).HasMaxLength(Petition.PlaceMax);
        b.Property(p => p.InterimAnswer).HasMaxLength(Petition.ContentMax);
        b.Property(p => p.Answer).HasMaxLength(Petition.ContentMax);
        b.Property(p => p.SendBackReason).HasMaxLength(2000);
        b.Property(p => p.RatingNote).HasMaxLength(2000);
        b.Property(p => p.ClosingNote).HasMaxLength(2000);
        b.Property(p => p.Kind).HasConversion<int>();
        b.Property(p => p.Channel).HasConversion<int>();
        b.Property(p => p.State).HasConversion<int>();
        b.Property(p => p.StateBeforeMerge).HasConversion<int?>();
        b.Property(p => p.Level).HasConversion<int?>();
        b.Property(p => p.Rating).HasConversion<int?>();
        b.HasIndex(p => p.TrackingCode).IsUnique();
        b.HasIndex(p => p.DedupKey).IsUnique();
        b.HasIndex(p => new { p.UnitId, p.State, p.ReceivedOn });
        // The year-end figures and the dashboard count a council's petitions of a period by state, field and channel:
        // with these in the key the index alone answers them (SQLite has no INCLUDE columns).
        b.HasIndex(p => new { p.CouncilId, p.ReceivedOn, p.State, p.FieldId, p.Channel });
        b.HasIndex(p => new { p.AgencyBodyId, p.State });
        b.HasIndex(p => p.ConsolidatedIntoId);
        b.HasIndex(p => p.VoterMeetingId);
        b.HasIndex(p => p.DialogueId);
        b.HasOne<Body>().WithMany().HasForeignKey(p => p.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(p => p.AgencyBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PetitionField>().WithMany().HasForeignKey(p => p.FieldId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<VoterMeeting>().WithMany().HasForeignKey(p => p.VoterMeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DialogueConference>().WithMany().HasForeignKey(p => p.DialogueId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Petition>().WithMany().HasForeignKey(p => p.ConsolidatedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PetitionerIdentityConfiguration : IEntityTypeConfiguration<PetitionerIdentity>
{
    public void Configure(EntityTypeBuilder<PetitionerIdentity> b)
    {
        b.Property(i => i.Name).HasMaxLength(PetitionerIdentity.NameMax);
        b.Property(i => i.Email).HasMaxLength(200);
        b.Property(i => i.Phone).HasMaxLength(30);
        b.Property(i => i.Address).HasMaxLength(Petition.PlaceMax);
        b.Property(i => i.UserId).HasMaxLength(64);
        b.HasOne<Petition>().WithMany().HasForeignKey(i => i.PetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => i.PetitionId).IsUnique();
        b.HasIndex(i => i.Email);
        b.HasIndex(i => i.Phone);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.Property(c => c.Purpose).HasConversion<int>();
        b.Property(c => c.Basis).HasMaxLength(300);
        b.HasOne<PetitionerIdentity>().WithMany().HasForeignKey(c => c.IdentityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IdentityDisclosureConfiguration : IEntityTypeConfiguration<IdentityDisclosure>
{
    public void Configure(EntityTypeBuilder<IdentityDisclosure> b)
    {
        b.Property(d => d.UserId).HasMaxLength(64);
        b.Property(d => d.Purpose).HasMaxLength(500);
        b.HasOne<PetitionerIdentity>().WithMany().HasForeignKey(d => d.IdentityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PetitionAttachmentConfiguration : IEntityTypeConfiguration<PetitionAttachment>
{
    public void Configure(EntityTypeBuilder<PetitionAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.HasOne<Petition>().WithMany().HasForeignKey(a => a.PetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PetitionFieldConfiguration : IEntityTypeConfiguration<PetitionField>
{
    public void Configure(EntityTypeBuilder<PetitionField> b)
    {
        b.Property(f => f.Name).HasMaxLength(100);
        b.HasData(DefaultNames.Select((n, i) => new { Id = FieldIds[i], Name = n, Order = (i + 1) * 10, ArchivedAt = (DateTimeOffset?)null }));
    }

    public static readonly string[] DefaultNames =
    [
        "Đất đai", "Xây dựng – đô thị", "Môi trường", "Giao thông", "Y tế", "Giáo dục", "Văn hóa – xã hội", "An ninh – trật tự",
        "Lao động – chính sách – an sinh", "Kinh tế – tài chính", "Tư pháp – hành chính", "Khác",
    ];

    /// <summary>Fixed ids for the default fields, so every database, demo or not, starts with the same list.</summary>
    public static readonly Guid[] FieldIds = [.. Enumerable.Range(1, 12).Select(i => Guid.Parse($"0192c100-0000-7000-8000-{i:x12}"))];
}

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> b)
    {
        b.Property(r => r.Level).HasConversion<int>();
        b.HasOne<PetitionField>().WithMany().HasForeignKey(r => r.FieldId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(r => r.AgencyBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.UnitId, r.FieldId, r.Level });
    }
}

internal sealed class VoterMeetingConfiguration : IEntityTypeConfiguration<VoterMeeting>
{
    public void Configure(EntityTypeBuilder<VoterMeeting> b)
    {
        b.Property(m => m.Place).HasMaxLength(300);
        b.Property(m => m.DelegatesPresent).HasMaxLength(2000);
        b.Property(m => m.Timing).HasConversion<int>();
        b.HasOne<Body>().WithMany().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(m => m.DelegateGroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.UnitId, m.HeldOn });
    }
}

internal sealed class DialogueConferenceConfiguration : IEntityTypeConfiguration<DialogueConference>
{
    public void Configure(EntityTypeBuilder<DialogueConference> b)
    {
        b.Property(d => d.Topic).HasMaxLength(300);
        b.Property(d => d.Host).HasMaxLength(300);
        b.Property(d => d.Audience).HasMaxLength(300);
        b.Property(d => d.Place).HasMaxLength(300);
        b.Property(d => d.Summary).HasMaxLength(20000);
        b.HasOne<Body>().WithMany().HasForeignKey(d => d.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(d => d.HostBodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.UnitId, d.HeldOn });
    }
}

internal sealed class DialoguePromiseConfiguration : IEntityTypeConfiguration<DialoguePromise>
{
    public void Configure(EntityTypeBuilder<DialoguePromise> b)
    {
        b.Property(p => p.Text).HasMaxLength(4000);
        b.Property(p => p.Official).HasMaxLength(300);
        b.HasOne<DialogueConference>().WithMany().HasForeignKey(p => p.DialogueId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(p => p.OwnerBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.Property(j => j.FileName).HasMaxLength(200);
        b.Property(j => j.Sha256).HasMaxLength(64);
        b.Property(j => j.UserId).HasMaxLength(64);
        b.Property(j => j.Rejected).HasMaxLength(200000);
        b.Property(j => j.Failure).HasMaxLength(2000);
        b.Property(j => j.State).HasConversion<int>();
        b.HasIndex(j => j.State);
    }
}
