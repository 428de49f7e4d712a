using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Coordination;

public static class CoordinationData
{
    extension(DongThuanDb db)
    {
        public DbSet<CoordinationProgramme> CoordinationProgrammes => db.Set<CoordinationProgramme>();

        public DbSet<ProgrammeParty> ProgrammeParties => db.Set<ProgrammeParty>();

        public DbSet<CoordinationTask> CoordinationTasks => db.Set<CoordinationTask>();

        public DbSet<TaskSupport> TaskSupports => db.Set<TaskSupport>();

        public DbSet<QuarterlyReport> QuarterlyReports => db.Set<QuarterlyReport>();

        public DbSet<EmulationMovement> EmulationMovements => db.Set<EmulationMovement>();

        public DbSet<MovementParticipant> MovementParticipants => db.Set<MovementParticipant>();

        public DbSet<MovementCommendation> MovementCommendations => db.Set<MovementCommendation>();
    }
}

internal sealed class CoordinationProgrammeConfiguration : IEntityTypeConfiguration<CoordinationProgramme>
{
    public void Configure(EntityTypeBuilder<CoordinationProgramme> b)
    {
        b.Property(p => p.Title).HasMaxLength(500);
        b.Property(p => p.Number).HasMaxLength(100);
        b.Property(p => p.SignedAt).HasMaxLength(300);
        b.Property(p => p.Attendees).HasMaxLength(4000);
        // Decree 30 numbers run per year: the same number twice in a unit's year is refused by the database too.
        b.HasIndex(p => new { p.UnitId, p.Year, p.Number }).IsUnique();
    }
}

internal sealed class ProgrammePartyConfiguration : IEntityTypeConfiguration<ProgrammeParty>
{
    public void Configure(EntityTypeBuilder<ProgrammeParty> b)
    {
        b.Property(p => p.Signatory).HasMaxLength(200);
        b.Property(p => p.SignatoryTitle).HasMaxLength(300);
        b.HasOne<CoordinationProgramme>().WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.ProgrammeId, p.BodyId }).IsUnique();
        b.HasIndex(p => p.BodyId);
    }
}

internal sealed class CoordinationTaskConfiguration : IEntityTypeConfiguration<CoordinationTask>
{
    public void Configure(EntityTypeBuilder<CoordinationTask> b)
    {
        b.Property(t => t.Section).HasMaxLength(300);
        b.Property(t => t.Title).HasMaxLength(1000);
        b.Property(t => t.ExpectedOutput).HasMaxLength(1000);
        b.Property(t => t.Report).HasMaxLength(8000);
        b.Property(t => t.EvaluationNote).HasMaxLength(4000);
        b.Property(t => t.FrameKind).HasConversion<int>();
        b.Property(t => t.State).HasConversion<int>();
        b.Property(t => t.Evaluation).HasConversion<int?>();
        b.Ignore(t => t.Frame);
        b.HasOne<CoordinationProgramme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => t.ProgrammeId);
        b.HasIndex(t => t.LeadBodyId);
    }
}

internal sealed class TaskSupportConfiguration : IEntityTypeConfiguration<TaskSupport>
{
    public void Configure(EntityTypeBuilder<TaskSupport> b)
    {
        b.HasOne<CoordinationTask>().WithMany().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.TaskId, s.BodyId }).IsUnique();
        b.HasIndex(s => s.BodyId);
    }
}

internal sealed class QuarterlyReportConfiguration : IEntityTypeConfiguration<QuarterlyReport>
{
    public void Configure(EntityTypeBuilder<QuarterlyReport> b)
    {
        b.Property(r => r.Text).HasMaxLength(20000);
        b.Property(r => r.SubmittedBy).HasMaxLength(200);
        b.HasOne<CoordinationProgramme>().WithMany().HasForeignKey(r => r.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ProgrammeId, r.PartyBodyId, r.Quarter }).IsUnique();
    }
}

internal sealed class EmulationMovementConfiguration : IEntityTypeConfiguration<EmulationMovement>
{
    public void Configure(EntityTypeBuilder<EmulationMovement> b)
    {
        b.Property(m => m.LaunchedBy).HasMaxLength(300);
        b.Property(m => m.Name).HasMaxLength(500);
        b.Property(m => m.Criteria).HasMaxLength(8000);
        b.HasIndex(m => new { m.UnitId, m.From });
    }
}

internal sealed class MovementParticipantConfiguration : IEntityTypeConfiguration<MovementParticipant>
{
    public void Configure(EntityTypeBuilder<MovementParticipant> b)
    {
        b.Property(p => p.Commitment).HasMaxLength(8000);
        b.HasOne<EmulationMovement>().WithMany().HasForeignKey(p => p.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.MovementId, p.BodyId }).IsUnique();
    }
}

internal sealed class MovementCommendationConfiguration : IEntityTypeConfiguration<MovementCommendation>
{
    public void Configure(EntityTypeBuilder<MovementCommendation> b)
    {
        b.Property(c => c.Type).HasConversion<int>();
        b.Property(c => c.Recipient).HasMaxLength(300);
        b.Property(c => c.DecisionNumber).HasMaxLength(100);
        b.Property(c => c.Awarder).HasMaxLength(300);
        b.HasOne<EmulationMovement>().WithMany().HasForeignKey(c => c.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.MovementId);
    }
}
