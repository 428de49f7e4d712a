using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Supervision;

public static class SupervisionData
{
    extension(DongThuanDb db)
    {
        public DbSet<SupervisionProgramme> SupervisionProgrammes => db.Set<SupervisionProgramme>();

        public DbSet<SupervisionMission> SupervisionMissions => db.Set<SupervisionMission>();

        public DbSet<MissionTarget> MissionTargets => db.Set<MissionTarget>();

        public DbSet<MissionSource> MissionSources => db.Set<MissionSource>();

        public DbSet<Recommendation> Recommendations => db.Set<Recommendation>();

        public DbSet<RecommendationProgress> RecommendationProgress => db.Set<RecommendationProgress>();

        public DbSet<RecommendationEvidence> RecommendationEvidence => db.Set<RecommendationEvidence>();

        public DbSet<ReSupervisionItem> ReSupervisionItems => db.Set<ReSupervisionItem>();
    }
}

internal sealed class SupervisionProgrammeConfiguration : IEntityTypeConfiguration<SupervisionProgramme>
{
    public void Configure(EntityTypeBuilder<SupervisionProgramme> b)
    {
        b.Property(p => p.Title).HasMaxLength(500);
        b.Property(p => p.AdoptedBy).HasMaxLength(300);
        b.Property(p => p.Content).HasMaxLength(20000);
        b.HasIndex(p => new { p.CouncilId, p.Year });
    }
}

internal sealed class SupervisionMissionConfiguration : IEntityTypeConfiguration<SupervisionMission>
{
    public void Configure(EntityTypeBuilder<SupervisionMission> b)
    {
        b.Property(m => m.Subject).HasMaxLength(500);
        b.Property(m => m.Scope).HasMaxLength(4000);
        b.Property(m => m.Members).HasMaxLength(4000);
        b.Property(m => m.Plan).HasMaxLength(20000);
        b.Property(m => m.Findings).HasMaxLength(40000);
        b.Property(m => m.Conclusion).HasMaxLength(20000);
        b.Property(m => m.State).HasConversion<int>();
        b.Property(m => m.ConductedByKind).HasConversion<int>();
        b.HasOne<SupervisionProgramme>().WithMany().HasForeignKey(m => m.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.CouncilId, m.FormedOn });
    }
}

internal sealed class MissionTargetConfiguration : IEntityTypeConfiguration<MissionTarget>
{
    public void Configure(EntityTypeBuilder<MissionTarget> b)
    {
        b.HasOne<SupervisionMission>().WithMany().HasForeignKey(t => t.MissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.MissionId, t.BodyId }).IsUnique();
        b.HasIndex(t => t.BodyId);
    }
}

internal sealed class MissionSourceConfiguration : IEntityTypeConfiguration<MissionSource>
{
    public void Configure(EntityTypeBuilder<MissionSource> b)
    {
        b.Property(s => s.SourceType).HasMaxLength(40);
        b.Property(s => s.Title).HasMaxLength(500);
        b.HasOne<SupervisionMission>().WithMany().HasForeignKey(s => s.MissionId).OnDelete(DeleteBehavior.Restrict);
        // A petition or question leads to one mission: the candidates list then drops it.
        b.HasIndex(s => new { s.SourceType, s.SourceId }).IsUnique();
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> b)
    {
        b.Property(r => r.Task).HasMaxLength(4000);
        b.Property(r => r.DisputeReason).HasMaxLength(4000);
        b.Property(r => r.State).HasConversion<int>();
        b.HasOne<SupervisionMission>().WithMany().HasForeignKey(r => r.MissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.UnitId, r.State });
        b.HasIndex(r => r.OwnerBodyId);
    }
}

internal sealed class RecommendationProgressConfiguration : IEntityTypeConfiguration<RecommendationProgress>
{
    public void Configure(EntityTypeBuilder<RecommendationProgress> b)
    {
        b.Property(p => p.Text).HasMaxLength(8000);
        b.Property(p => p.ReportedBy).HasMaxLength(200);
        b.HasOne<Recommendation>().WithMany().HasForeignKey(p => p.RecommendationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecommendationEvidenceConfiguration : IEntityTypeConfiguration<RecommendationEvidence>
{
    public void Configure(EntityTypeBuilder<RecommendationEvidence> b)
    {
        b.Property(e => e.FileName).HasMaxLength(200);
        b.Property(e => e.ContentType).HasMaxLength(100);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.HasOne<RecommendationProgress>().WithMany().HasForeignKey(e => e.ProgressId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.RecommendationId);
    }
}

internal sealed class ReSupervisionItemConfiguration : IEntityTypeConfiguration<ReSupervisionItem>
{
    public void Configure(EntityTypeBuilder<ReSupervisionItem> b)
    {
        b.Property(i => i.Outcome).HasConversion<int?>();
        b.Property(i => i.Reasons).HasMaxLength(4000);
        b.HasOne<SupervisionMission>().WithMany().HasForeignKey(i => i.MissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Recommendation>().WithMany().HasForeignKey(i => i.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.MissionId, i.RecommendationId }).IsUnique();
        b.HasIndex(i => i.RecommendationId);
    }
}
