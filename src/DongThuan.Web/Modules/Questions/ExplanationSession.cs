using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// A hearing where the standing committee requires officials to explain an issue (phiên giải trình, Law
/// 87/2015 Art. 72): notified at least 10 days ahead, public by default, closed by a conclusion adopted by
/// more than half of the standing committee's members. Promises made there are tracked as obligations.
/// </summary>
public sealed class ExplanationSession : Entity, IUnitOwned
{
    public const int MinimumNoticeDays = 10;

    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    public string Topic { get; private set; } = "";

    /// <summary>Who must explain ("Phó Chủ tịch UBND quận phụ trách đô thị; Trưởng phòng Quản lý đô thị").</summary>
    public string Officials { get; private set; } = "";

    public DateOnly NoticeOn { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public bool IsPublic { get; private set; } = true;

    public string? Conclusion { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public int? VotesFor { get; private set; }

    public int? StandingCommitteeMembers { get; private set; }

    private ExplanationSession()
    {
    }

    public static ExplanationSession Plan(Guid unitId, Guid councilId, string topic, string officials, DateOnly noticeOn, DateOnly heldOn, bool isPublic, out Outcome outcome)
    {
        var s = new ExplanationSession { UnitId = unitId, CouncilId = councilId, Topic = topic.Trim(), Officials = officials.Trim(), NoticeOn = noticeOn, HeldOn = heldOn, IsPublic = isPublic };
        outcome = string.IsNullOrWhiteSpace(topic) || string.IsNullOrWhiteSpace(officials) ? ExplanationRefusals.TopicAndOfficials
            : heldOn < noticeOn.AddDays(MinimumNoticeDays) ? ExplanationRefusals.NoticeTooShort
            : Outcome.Done;
        return s;
    }

    public Outcome Conclude(string conclusion, int votesFor, int members, DateOnly on)
    {
        if (Conclusion is not null)
        {
            return ExplanationRefusals.AlreadyConcluded;
        }

        if (on < HeldOn)
        {
            return ExplanationRefusals.NotYetHeld;
        }

        if (string.IsNullOrWhiteSpace(conclusion))
        {
            return ExplanationRefusals.ConclusionText;
        }

        if (members < 1 || votesFor < 0 || votesFor > members)
        {
            return ExplanationRefusals.VotesInvalid;
        }

        if (votesFor * 2 <= members)
        {
            return ExplanationRefusals.NoMajority;
        }

        Conclusion = conclusion.Trim();
        ConcludedOn = on;
        VotesFor = votesFor;
        StandingCommitteeMembers = members;
        return Outcome.Done;
    }
}

public enum PromiseState
{
    Open = 1,

    /// <summary>The executive reported it kept.</summary>
    Kept = 2,
}

/// <summary>A promise an official made at an explanation session, with its owner and the date it was promised for.</summary>
public sealed class ExplanationPromise : Entity, IUnitOwned, IObligationSubject
{
    /// <summary>The obligation a promise made at an explanation session opens.</summary>
    public const string ObligationKind = "explanation.promise";

    string IObligationSubject.SubjectType => nameof(ExplanationPromise);

    public Guid ExplanationSessionId { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid OwnerBodyId { get; private set; }

    public string Official { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public Guid? ObligationId { get; private set; }

    public string? Report { get; private set; }

    /// <summary>Open until the executive reports it kept: derived from the report, so it can never disagree with it.</summary>
    public PromiseState State => Report is null ? PromiseState.Open : PromiseState.Kept;

    private ExplanationPromise()
    {
    }

    public static ExplanationPromise Record(ExplanationSession session, Guid ownerBodyId, string official, string text, DateOnly dueOn, out Outcome outcome)
    {
        outcome = string.IsNullOrWhiteSpace(official) || string.IsNullOrWhiteSpace(text) ? ExplanationRefusals.PromiseText
            : dueOn < session.HeldOn ? ExplanationRefusals.PromiseDue
            : Outcome.Done;
        return new ExplanationPromise { ExplanationSessionId = session.Id, UnitId = session.UnitId, OwnerBodyId = ownerBodyId, Official = official.Trim(), Text = text.Trim(), DueOn = dueOn };
    }

    public void AttachObligation(Guid obligationId) => ObligationId = obligationId;

    public Outcome ReportDone(string report)
    {
        if (Report is not null)
        {
            return ExplanationRefusals.AlreadyReported;
        }

        if (string.IsNullOrWhiteSpace(report))
        {
            return ExplanationRefusals.ReportText;
        }

        Report = report.Trim();
        return Outcome.Done;
    }
}

public static class ExplanationRefusals
{
    public static readonly Refusal TopicAndOfficials = new("explanation-topic", "Vui lòng nhập vấn đề giải trình và người giải trình.");
    public static readonly Refusal NoticeTooShort = new("explanation-notice", "Phải thông báo cho người giải trình ít nhất 10 ngày trước phiên giải trình.");
    public static readonly Refusal AlreadyConcluded = new("explanation-concluded", "Phiên giải trình này đã có kết luận.");
    public static readonly Refusal NotYetHeld = new("explanation-not-held", "Chưa đến ngày tổ chức phiên giải trình.");
    public static readonly Refusal ConclusionText = new("explanation-conclusion", "Vui lòng nhập nội dung kết luận.");
    public static readonly Refusal VotesInvalid = new("explanation-votes", "Số thành viên Thường trực và số tán thành không hợp lệ.");
    public static readonly Refusal NoMajority = new("explanation-majority", "Kết luận phải được quá nửa tổng số thành viên Thường trực HĐND tán thành.");
    public static readonly Refusal PromiseText = new("promise-text", "Vui lòng nhập người hứa và nội dung lời hứa.");
    public static readonly Refusal PromiseDue = new("promise-due", "Hạn thực hiện lời hứa không được trước ngày giải trình.");
    public static readonly Refusal AlreadyReported = new("promise-reported", "Lời hứa này đã được báo cáo kết quả.");
    public static readonly Refusal ReportText = new("promise-report", "Vui lòng nhập kết quả thực hiện.");
}
