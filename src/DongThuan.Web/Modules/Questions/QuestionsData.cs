using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Questions;

public static class QuestionsData
{
    extension(DongThuanDb db)
    {
        public DbSet<Question> Questions => db.Set<Question>();

        public DbSet<QuestionCoSigner> QuestionCoSigners => db.Set<QuestionCoSigner>();

        public DbSet<QuestionAnswer> QuestionAnswers => db.Set<QuestionAnswer>();

        public DbSet<ExplanationSession> ExplanationSessions => db.Set<ExplanationSession>();

        public DbSet<ExplanationPromise> ExplanationPromises => db.Set<ExplanationPromise>();
    }
}

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> b)
    {
        b.Property(q => q.Title).HasMaxLength(500);
        b.Property(q => q.Content).HasMaxLength(20000);
        b.Property(q => q.ReturnReason).HasMaxLength(2000);
        b.Property(q => q.RespondentName).HasMaxLength(300);
        b.Property(q => q.InterimAnswer).HasMaxLength(20000);
        b.Property(q => q.Answer).HasMaxLength(20000);
        b.Property(q => q.Responsibility).HasMaxLength(4000);
        b.Property(q => q.Measures).HasMaxLength(4000);
        b.Property(q => q.TimeFrame).HasMaxLength(1000);
        b.Property(q => q.EvaluationNote).HasMaxLength(4000);
        b.Property(q => q.State).HasConversion<int>();
        b.Property(q => q.Channel).HasConversion<int>();
        b.Property(q => q.RespondentRole).HasConversion<int?>();
        b.Property(q => q.FollowUp).HasConversion<int?>();
        b.HasOne<Body>().WithMany().HasForeignKey(q => q.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(q => q.AskedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(q => new { q.UnitId, q.State });
        b.HasIndex(q => q.RespondentBodyId);
        b.HasIndex(q => q.AskedByPersonId);
        b.HasOne<Sessions.Session>().WithMany().HasForeignKey(q => q.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(q => q.Answers).WithOne().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(q => q.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class QuestionAnswerConfiguration : IEntityTypeConfiguration<QuestionAnswer>
{
    public void Configure(EntityTypeBuilder<QuestionAnswer> b)
    {
        // An answer is added to its question's Answers and found there when the question is saved; its id is made by the
        // application, so EF Core must take a set id on a newly found answer as new (Added), not as a row to update.
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Text).HasMaxLength(20000);
        b.Property(a => a.Responsibility).HasMaxLength(4000);
        b.Property(a => a.Measures).HasMaxLength(4000);
        b.Property(a => a.TimeFrame).HasMaxLength(1000);
        b.Property(a => a.LetterNumber).HasMaxLength(AnswerLetter.NumberLimit);
        b.Property(a => a.SignerName).HasMaxLength(AnswerLetter.NameLimit);
        b.Property(a => a.SignerTitle).HasMaxLength(AnswerLetter.NameLimit);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.FileContentType).HasMaxLength(100);
        b.Property(a => a.FileSha256).HasMaxLength(64);
        b.HasIndex(a => new { a.QuestionId, a.Round }).IsUnique();
    }
}

internal sealed class ExplanationSessionConfiguration : IEntityTypeConfiguration<ExplanationSession>
{
    public void Configure(EntityTypeBuilder<ExplanationSession> b)
    {
        b.Property(e => e.Topic).HasMaxLength(500);
        b.Property(e => e.Officials).HasMaxLength(1000);
        b.Property(e => e.Conclusion).HasMaxLength(20000);
        b.HasOne<Body>().WithMany().HasForeignKey(e => e.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.UnitId, e.HeldOn });
    }
}

internal sealed class ExplanationPromiseConfiguration : IEntityTypeConfiguration<ExplanationPromise>
{
    public void Configure(EntityTypeBuilder<ExplanationPromise> b)
    {
        b.Property(p => p.Official).HasMaxLength(300);
        b.Property(p => p.Text).HasMaxLength(4000);
        b.Property(p => p.Report).HasMaxLength(8000);
        b.HasOne<ExplanationSession>().WithMany().HasForeignKey(p => p.ExplanationSessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Body>().WithMany().HasForeignKey(p => p.OwnerBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuestionCoSignerConfiguration : IEntityTypeConfiguration<QuestionCoSigner>
{
    public void Configure(EntityTypeBuilder<QuestionCoSigner> b)
    {
        b.HasOne<Question>().WithMany().HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.QuestionId, c.PersonId }).IsUnique();
        b.HasIndex(c => c.PersonId);
    }
}
