using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Identity;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>How a submission is handled in law: a petition or feedback, a complaint, or a denunciation (whose author is protected).</summary>
public enum PetitionKind
{
    /// <summary>Kiến nghị, phản ánh.</summary>
    Feedback = 1,

    /// <summary>Khiếu nại.</summary>
    Complaint = 2,

    /// <summary>Tố cáo (Luật Tố cáo 2018, Điều 47, 56: the denouncer's identity is kept secret).</summary>
    Denunciation = 3,
}

public enum PetitionChannel
{
    /// <summary>The public web form or the public API.</summary>
    Online = 1,

    /// <summary>Tiếp xúc cử tri.</summary>
    VoterMeeting = 2,

    /// <summary>Tiếp công dân.</summary>
    Reception = 3,

    /// <summary>A list compiled by the Fatherland Front committee.</summary>
    FrontList = 4,

    /// <summary>Registered for, or raised at, a dialogue conference.</summary>
    Dialogue = 5,

    /// <summary>Imported from a spreadsheet.</summary>
    Import = 6,

    /// <summary>Compiled by office staff from several petitions that raise the same matter.</summary>
    Compiled = 7,
}

public enum PetitionState
{
    /// <summary>In the council office's inbox: not yet classified and routed.</summary>
    Received = 1,

    /// <summary>With the responsible agency, which owes an answer by the due date.</summary>
    Routed = 2,

    /// <summary>The agency has published its answer; the council office reviews it.</summary>
    AnswerSubmitted = 3,

    /// <summary>The answer is accepted and the petitioner told; their rating is awaited.</summary>
    Answered = 4,

    /// <summary>The petitioner rated the outcome "not resolved": the office reopens it or proposes it for supervision.</summary>
    NotResolved = 5,

    Closed = 6,

    /// <summary>Folded into a consolidated petition, which carries it from here on.</summary>
    Merged = 7,
}

/// <summary>Which level of government can resolve the matter.</summary>
public enum CompetentLevel
{
    Commune = 1,

    /// <summary>Quận/huyện: only before 1 July 2025, when the district level was abolished.</summary>
    District = 2,

    Province = 3,
    Central = 4,
}

public enum PetitionRating
{
    Resolved = 1,
    PartlyResolved = 2,
    NotResolved = 3,
}

/// <summary>
/// One matter raised by citizens, from the first word to the rated answer. The person who raised it is
/// not here but in <see cref="PetitionerIdentity"/>, stored apart, so that a routed copy of a petition
/// cannot carry its author. Every transition is checked here; <see cref="PetitionDesk"/> records it.
/// </summary>
public sealed class Petition : Entity, IUnitOwned, IObligationSubject
{
    string IObligationSubject.SubjectType => PetitionObligations.SubjectType;

    public const int TitleMax = 300;
    public const int ContentMax = 10000;
    public const int PlaceMax = 200;

    public Guid UnitId { get; private set; }

    /// <summary>The council whose office receives and follows the petition.</summary>
    public Guid CouncilId { get; private set; }

    public string TrackingCode { get; private set; } = "";

    /// <summary>What makes a submission the same submission (a double click, a re-run import): unique.</summary>
    public string DedupKey { get; private set; } = "";

    public PetitionKind Kind { get; private set; }

    public PetitionChannel Channel { get; private set; }

    [PersonalData]
    public string Title { get; private set; } = "";

    [PersonalData]
    public string Content { get; private set; } = "";

    /// <summary>Folded title and content, kept for duplicate suggestions.</summary>
    [PersonalData]
    public string Folded { get; private set; } = "";

    public string? Ward { get; private set; }

    /// <summary>
    /// Where the matter is (the broken road, the building site), as the sender chose to give it; never the
    /// sender's own address, which is identity and lives only in <see cref="PetitionerIdentity"/>. A
    /// denunciation's is kept with the denouncer's identifying words taken out, like its title.
    /// </summary>
    [PersonalData]
    public string? Location { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>How many voters raised it (a voter meeting counts its attendees who raised it; a consolidated petition adds up its sources).</summary>
    public int Voters { get; private set; } = 1;

    public Guid? VoterMeetingId { get; private set; }

    public Guid? DialogueId { get; private set; }

    /// <summary>Free text naming the source when it is not a record here ("Danh sách UBMTTQ quý II/2022").</summary>
    public string? Source { get; private set; }

    public Guid? ConsolidatedIntoId { get; private set; }

    /// <summary>The state a merged petition had before it was merged, so an undone merge puts it back.</summary>
    public PetitionState? StateBeforeMerge { get; private set; }

    public PetitionState State { get; private set; }

    public Guid? FieldId { get; private set; }

    public CompetentLevel? Level { get; private set; }

    public Guid? AgencyBodyId { get; private set; }

    public Guid? OfficialPersonId { get; private set; }

    /// <summary>
    /// The text the agency sees. For a denunciation it is the office's redacted copy, checked to hold none
    /// of the denouncer's identity (Art. 56); for other kinds it is the content.
    /// </summary>
    [PersonalData]
    public string? RoutedContent { get; private set; }

    public DateOnly? RoutedOn { get; private set; }

    public string? InterimAnswer { get; private set; }

    public string? Answer { get; private set; }

    public DateOnly? AnswerSubmittedOn { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? SendBackReason { get; private set; }

    public PetitionRating? Rating { get; private set; }

    public string? RatingNote { get; private set; }

    public int Reopened { get; private set; }

    public bool SupervisionCandidate { get; private set; }

    /// <summary>The petitioner agreed that the answer be published (redacted); collective petitions need no such consent.</summary>
    public bool PublishConsent { get; private set; }

    public string? ClosingNote { get; private set; }

    public Guid? ObligationId { get; private set; }

    private Petition()
    {
    }

    public sealed record Draft(PetitionKind Kind, PetitionChannel Channel, string Title, string Content, string? Ward, string? Location, int Voters = 1,
        Guid? VoterMeetingId = null, Guid? DialogueId = null, string? Source = null, bool PublishConsent = false, Guid? FieldId = null);

    public static Petition Receive(Guid unitId, Guid councilId, string trackingCode, string dedupKey, Draft draft, DateTimeOffset at, DateOnly receivedOn, out Outcome outcome)
    {
        var p = new Petition
        {
            UnitId = unitId,
            CouncilId = councilId,
            TrackingCode = trackingCode,
            DedupKey = dedupKey,
            Kind = draft.Kind,
            Channel = draft.Channel,
            SubmittedAt = at,
            ReceivedOn = receivedOn,
            VoterMeetingId = draft.VoterMeetingId,
            DialogueId = draft.DialogueId,
            Source = Trim(draft.Source),
            PublishConsent = draft.PublishConsent && draft.Kind == PetitionKind.Feedback,
            State = PetitionState.Received,
        };
        outcome = Validate(draft);
        if (outcome.Succeeded)
        {
            p.Title = draft.Title.Trim();
            p.Content = draft.Content.Trim();
            p.Folded = VietnameseText.Fold(p.Title + " " + p.Content);
            p.Ward = Trim(draft.Ward);
            p.Location = Trim(draft.Location);
            p.Voters = draft.Voters;
            // The sender's choice of field (an Open311 service) is a first classification; the office confirms it when routing.
            p.FieldId = draft.FieldId;
        }

        return p;
    }

    public static Outcome Validate(Draft d)
    {
        if (string.IsNullOrWhiteSpace(d.Title) || string.IsNullOrWhiteSpace(d.Content))
        {
            return PetitionRefusals.TitleAndContentRequired;
        }

        if (d.Title.Trim().Length > TitleMax || d.Content.Trim().Length > ContentMax || (d.Ward?.Length ?? 0) > PlaceMax || (d.Location?.Length ?? 0) > PlaceMax
            || (d.Source?.Length ?? 0) > PlaceMax)
        {
            return PetitionRefusals.TooLong;
        }

        if (!Enum.IsDefined(d.Kind) || !Enum.IsDefined(d.Channel))
        {
            return PetitionRefusals.UnknownKind;
        }

        return d.Voters is < 1 or > 100000 ? PetitionRefusals.VotersOutOfRange : Outcome.Done;
    }

    /// <summary>
    /// Office staff correct the classification of a petition not yet routed (a feedback that is in fact a
    /// denunciation, a typo in the title). Once routed, the agency's copy is what it is.
    /// </summary>
    public Outcome Reclassify(PetitionKind kind, string title, string? ward)
    {
        if (State != PetitionState.Received)
        {
            return PetitionRefusals.OnlyReceived;
        }

        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > TitleMax || (ward?.Length ?? 0) > PlaceMax)
        {
            return PetitionRefusals.TitleAndContentRequired;
        }

        Kind = kind;
        Title = title.Trim();
        Ward = Trim(ward);
        Folded = VietnameseText.Fold(Title + " " + Content);
        PublishConsent &= kind == PetitionKind.Feedback;
        return Outcome.Done;
    }

    /// <summary>Sends the petition to the agency that must answer it. A denunciation goes only as a redacted copy.</summary>
    public Outcome Route(Guid fieldId, CompetentLevel level, Guid agencyBodyId, Guid? officialPersonId, string? redactedContent, DateOnly on)
    {
        if (State != PetitionState.Received)
        {
            return PetitionRefusals.OnlyReceived;
        }

        if (!Enum.IsDefined(level))
        {
            return PetitionRefusals.RoutingIncomplete;
        }

        if (Kind == PetitionKind.Denunciation && string.IsNullOrWhiteSpace(redactedContent))
        {
            return PetitionRefusals.RedactionRequired;
        }

        if ((redactedContent?.Length ?? 0) > ContentMax)
        {
            return PetitionRefusals.TooLong;
        }

        FieldId = fieldId;
        Level = level;
        AgencyBodyId = agencyBodyId;
        OfficialPersonId = officialPersonId;
        RoutedContent = string.IsNullOrWhiteSpace(redactedContent) ? Content : redactedContent.Trim();
        RoutedOn = on;
        State = PetitionState.Routed;
        return Outcome.Done;
    }

    /// <summary>Another agency must answer: a reason is required, and the timeline keeps the history.</summary>
    public Outcome Transfer(Guid agencyBodyId, Guid? officialPersonId, string reason)
    {
        if (State != PetitionState.Routed)
        {
            return PetitionRefusals.OnlyRouted;
        }

        if (!TextRules.IsReason(reason))
        {
            return PetitionRefusals.ReasonRequired;
        }

        if (agencyBodyId == AgencyBodyId)
        {
            return PetitionRefusals.SameAgency;
        }

        AgencyBodyId = agencyBodyId;
        OfficialPersonId = officialPersonId;
        return Outcome.Done;
    }

    /// <summary>Progress reported by the agency: the petition stays with it and the due date does not move.</summary>
    public Outcome RecordInterim(string text)
    {
        if (State != PetitionState.Routed)
        {
            return PetitionRefusals.OnlyRouted;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > ContentMax)
        {
            return PetitionRefusals.AnswerRequired;
        }

        InterimAnswer = text.Trim();
        return Outcome.Done;
    }

    public Outcome SubmitAnswer(string text, DateOnly on)
    {
        if (State != PetitionState.Routed)
        {
            return PetitionRefusals.OnlyRouted;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > ContentMax)
        {
            return PetitionRefusals.AnswerRequired;
        }

        Answer = text.Trim();
        AnswerSubmittedOn = on;
        SendBackReason = null;
        State = PetitionState.AnswerSubmitted;
        return Outcome.Done;
    }

    /// <summary>The office accepts the agency's answer: the petitioner is told, and the answer counts from the day the agency gave it.</summary>
    public Outcome AcceptAnswer(DateOnly on)
    {
        if (State != PetitionState.AnswerSubmitted)
        {
            return PetitionRefusals.OnlyAnswerSubmitted;
        }

        AnsweredOn = on;
        State = PetitionState.Answered;
        return Outcome.Done;
    }

    public Outcome SendBack(string reason)
    {
        if (State != PetitionState.AnswerSubmitted)
        {
            return PetitionRefusals.OnlyAnswerSubmitted;
        }

        if (!TextRules.IsReason(reason))
        {
            return PetitionRefusals.ReasonRequired;
        }

        SendBackReason = reason.Trim();
        State = PetitionState.Routed;
        return Outcome.Done;
    }

    /// <summary>An answer given in person at a dialogue conference, recorded by the office: it is the accepted answer.</summary>
    public Outcome AnswerAtConference(string text, DateOnly on)
    {
        if (State is not (PetitionState.Received or PetitionState.Routed) || DialogueId is null)
        {
            return PetitionRefusals.OnlyDialogueQuestion;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > ContentMax)
        {
            return PetitionRefusals.AnswerRequired;
        }

        Answer = text.Trim();
        AnswerSubmittedOn = on;
        AnsweredOn = on;
        RoutedContent ??= Kind == PetitionKind.Denunciation ? null : Content;
        State = PetitionState.Answered;
        return Outcome.Done;
    }

    /// <summary>The petitioner (or the office, for voters who said so at a meeting) rates the outcome.</summary>
    public Outcome Rate(PetitionRating rating, string? note)
    {
        if (State != PetitionState.Answered)
        {
            return PetitionRefusals.OnlyAnswered;
        }

        if (!Enum.IsDefined(rating) || (note?.Length ?? 0) > 2000)
        {
            return PetitionRefusals.RatingRequired;
        }

        Rating = rating;
        RatingNote = Trim(note);
        State = rating == PetitionRating.NotResolved ? PetitionState.NotResolved : PetitionState.Closed;
        return Outcome.Done;
    }

    /// <summary>"Not resolved": the agency must answer again, by a new due date; the original one still judges timeliness.</summary>
    public Outcome Reopen(string reason)
    {
        if (State != PetitionState.NotResolved)
        {
            return PetitionRefusals.OnlyNotResolved;
        }

        if (!TextRules.IsReason(reason))
        {
            return PetitionRefusals.ReasonRequired;
        }

        Reopened++;
        SendBackReason = reason.Trim();
        Rating = null;
        State = PetitionState.Routed;
        return Outcome.Done;
    }

    /// <summary>"Not resolved" and not for the agency alone: it goes on the list of candidate supervision topics.</summary>
    public Outcome ProposeForSupervision(string? note)
    {
        if (State != PetitionState.NotResolved)
        {
            return PetitionRefusals.OnlyNotResolved;
        }

        SupervisionCandidate = true;
        ClosingNote = Trim(note);
        State = PetitionState.Closed;
        return Outcome.Done;
    }

    /// <summary>A petition closed without routing (outside every competence, withdrawn, abusive): the reason is required.</summary>
    public Outcome Dismiss(string reason)
    {
        if (State != PetitionState.Received)
        {
            return PetitionRefusals.OnlyReceived;
        }

        if (!TextRules.IsReason(reason))
        {
            return PetitionRefusals.ReasonRequired;
        }

        ClosingNote = reason.Trim();
        State = PetitionState.Closed;
        return Outcome.Done;
    }

    /// <summary>
    /// Folds petitions raising the same matter into one consolidated petition that counts all their voters.
    /// Only petitions still in the office's inbox can be merged, and never a denunciation (its author stays apart).
    /// </summary>
    public static Outcome CanMerge(IReadOnlyCollection<Petition> sources)
    {
        if (sources.Count < 2)
        {
            return PetitionRefusals.MergeNeedsTwo;
        }

        if (sources.Any(s => s.State != PetitionState.Received || s.Kind == PetitionKind.Denunciation) || sources.Select(s => s.CouncilId).Distinct().Count() > 1)
        {
            return PetitionRefusals.MergeOnlyReceived;
        }

        return Outcome.Done;
    }

    public static Petition Consolidate(IReadOnlyList<Petition> sources, string trackingCode, string title, string content, DateTimeOffset at, DateOnly on, out Outcome outcome)
    {
        outcome = CanMerge(sources);
        var first = sources.Count > 0 ? sources[0] : null;
        var draft = new Draft(sources.Any(s => s.Kind == PetitionKind.Complaint) ? PetitionKind.Complaint : PetitionKind.Feedback, PetitionChannel.Compiled,
            title, content, first?.Ward, null, Math.Max(1, sources.Sum(s => s.Voters)));
        var consolidated = Receive(first?.UnitId ?? Guid.Empty, first?.CouncilId ?? Guid.Empty, trackingCode, "merge:" + Guid.CreateVersion7().ToString("N"), draft, at, on, out var received);
        if (!outcome.Succeeded)
        {
            return consolidated;
        }

        outcome = received;
        if (outcome.Succeeded)
        {
            consolidated.PublishConsent = sources.All(s => s.PublishConsent || s.IsCollective);
            foreach (var s in sources)
            {
                s.StateBeforeMerge = s.State;
                s.State = PetitionState.Merged;
                s.ConsolidatedIntoId = consolidated.Id;
            }
        }

        return consolidated;
    }

    /// <summary>Undoes a merge while the consolidated petition is still in the inbox: the sources come back as they were.</summary>
    public Outcome Dissolve(IReadOnlyCollection<Petition> sources)
    {
        if (Channel != PetitionChannel.Compiled || State != PetitionState.Received)
        {
            return PetitionRefusals.UnmergeOnlyReceived;
        }

        foreach (var s in sources.Where(s => s.ConsolidatedIntoId == Id))
        {
            s.State = s.StateBeforeMerge ?? PetitionState.Received;
            s.StateBeforeMerge = null;
            s.ConsolidatedIntoId = null;
        }

        ClosingNote = "Đã hủy gộp.";
        State = PetitionState.Closed;
        return Outcome.Done;
    }

    public void AttachObligation(Guid obligationId) => ObligationId = obligationId;

    /// <summary>
    /// A denunciation's title and location are read by everyone who handles it, the agency included, so the
    /// denouncer's identifying words are taken out of them as soon as it is known to be one (Luật Tố cáo 2018,
    /// Art. 47). The content is kept whole: it is the denunciation, shown redacted until a recorded disclosure.
    /// </summary>
    public void ProtectAuthor(IReadOnlyCollection<string> identifying)
    {
        if (Kind != PetitionKind.Denunciation)
        {
            return;
        }

        Title = Redaction.Apply(Title, identifying);
        Location = Location is null ? null : Redaction.Apply(Location, identifying);
        Folded = VietnameseText.Fold(Title + " " + Content);
    }

    /// <summary>
    /// The content as a reader without a recorded disclosure may see it: a denunciation's with its author's
    /// identifying words (and any email or phone number) masked; any other kind's as written.
    /// </summary>
    public string ContentWithoutAuthor(IReadOnlyCollection<string> identifying) =>
        Kind == PetitionKind.Denunciation ? Redaction.Apply(Content, identifying) : Content;

    /// <summary>Raised by many at once (a voter meeting, a Front list, a dialogue): publishing its answer needs no individual consent.</summary>
    public bool IsCollective => Channel is PetitionChannel.VoterMeeting or PetitionChannel.FrontList or PetitionChannel.Dialogue or PetitionChannel.Compiled;

    /// <summary>May its answer be shown on the public page (with personal data removed)? Never a complaint's or a denunciation's.</summary>
    public bool IsPublishable => Kind == PetitionKind.Feedback && Answer is not null
        && State is PetitionState.Answered or PetitionState.Closed or PetitionState.NotResolved && (PublishConsent || IsCollective);

    /// <summary>Removes the petitioner's words that identify them, when their data is erased on request or at the end of retention.</summary>
    public void Anonymise(IEnumerable<string> identifying)
    {
        Content = Redaction.Apply(Content, identifying);
        Title = Redaction.Apply(Title, identifying);
        RoutedContent = RoutedContent is null ? null : Redaction.Apply(RoutedContent, identifying);
        Location = Location is null ? null : Redaction.Apply(Location, identifying);
        Folded = VietnameseText.Fold(Title + " " + Content);
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public static class PetitionRefusals
{
    public static readonly Refusal TitleAndContentRequired = new("petition-title-content", "Vui lòng nhập tiêu đề và nội dung.");
    public static readonly Refusal TooLong = new("petition-too-long", "Nội dung quá dài: tiêu đề tối đa 300 ký tự, nội dung tối đa 10.000 ký tự, địa chỉ tối đa 200 ký tự.");
    public static readonly Refusal UnknownKind = new("petition-kind", "Loại đơn hoặc kênh tiếp nhận không hợp lệ.");
    public static readonly Refusal VotersOutOfRange = new("petition-voters", "Số cử tri phải từ 1 trở lên.");
    public static readonly Refusal ContactRequired = new("petition-contact", "Vui lòng nhập họ tên và email hoặc số điện thoại để nhận kết quả.");
    public static readonly Refusal ContactInvalid = new("petition-contact-invalid", "Email hoặc số điện thoại không hợp lệ.");
    public static readonly Refusal ConsentRequired = new("petition-consent", "Cần có sự đồng ý của bạn để xử lý thông tin cá nhân nhằm giải quyết kiến nghị.");
    public static readonly Refusal Honeypot = new("petition-honeypot", "Không thể nhận biểu mẫu này. Vui lòng tải lại trang và gửi lại.");
    public static readonly Refusal TooManyFiles = new("petition-files", "Tối đa 5 tệp đính kèm, mỗi tệp không quá 20 MB.");
    public static readonly Refusal CouncilUnknown = new("petition-council", "Không tìm thấy Hội đồng nhân dân nhận kiến nghị.");
    public static readonly Refusal CouncilChoose = new("petition-council-choose", "Không xác định được Hội đồng nhân dân nhận kiến nghị từ phường, xã đã nhập; vui lòng chọn nơi gửi đến.");
    public static readonly Refusal CouncilCeased = new("petition-council-ceased", "Hội đồng nhân dân này đã kết thúc hoạt động (đơn vị hành chính đã sắp xếp lại); hãy gửi theo phường, xã nơi xảy ra sự việc.");
    public static readonly Refusal OnlyReceived = new("petition-only-received", "Chỉ thực hiện được với kiến nghị đang chờ phân loại, chưa chuyển xử lý.");
    public static readonly Refusal OnlyRouted = new("petition-only-routed", "Chỉ thực hiện được với kiến nghị đang được cơ quan xử lý.");
    public static readonly Refusal OnlyAnswerSubmitted = new("petition-only-submitted", "Chỉ thực hiện được khi cơ quan đã gửi câu trả lời chờ duyệt.");
    public static readonly Refusal OnlyAnswered = new("petition-only-answered", "Chỉ đánh giá được kiến nghị đã có câu trả lời.");
    public static readonly Refusal OnlyNotResolved = new("petition-only-not-resolved", "Chỉ thực hiện được với kiến nghị được đánh giá là chưa giải quyết.");
    public static readonly Refusal OnlyDialogueQuestion = new("petition-only-dialogue", "Chỉ ghi nhận trả lời tại hội nghị cho câu hỏi đăng ký đối thoại chưa được trả lời.");
    public static readonly Refusal RoutingIncomplete = new("petition-routing", "Vui lòng chọn lĩnh vực, cấp có thẩm quyền và cơ quan giải quyết.");
    public static readonly Refusal OfficialNotOfAgency = new("petition-official-agency", "Người chịu trách nhiệm phải là người đang giữ chức vụ tại cơ quan giải quyết đã chọn.");
    public static readonly Refusal RedactionRequired = new("petition-redaction", "Đơn tố cáo chỉ được chuyển đi dưới dạng bản đã lược bỏ thông tin người tố cáo.");
    public static readonly Refusal RedactionLeaks = new("petition-redaction-leaks", "Bản chuyển đi vẫn còn thông tin nhận diện người tố cáo (họ tên, địa chỉ, email hoặc số điện thoại).");
    public static readonly Refusal ReasonRequired = new("petition-reason", "Vui lòng nêu lý do (tối đa 2.000 ký tự).");
    public static readonly Refusal SameAgency = new("petition-same-agency", "Kiến nghị đang ở cơ quan này; hãy chọn cơ quan khác.");
    public static readonly Refusal AnswerRequired = new("petition-answer", "Vui lòng nhập nội dung trả lời (tối đa 10.000 ký tự).");
    public static readonly Refusal RatingRequired = new("petition-rating", "Vui lòng chọn mức đánh giá kết quả giải quyết.");
    public static readonly Refusal MergeNeedsTwo = new("petition-merge-two", "Chọn ít nhất hai kiến nghị để tổng hợp.");
    public static readonly Refusal MergeOnlyReceived = new("petition-merge-received", "Chỉ tổng hợp được các kiến nghị cùng Hội đồng, đang chờ phân loại và không phải đơn tố cáo.");
    public static readonly Refusal UnmergeOnlyReceived = new("petition-unmerge", "Chỉ hủy gộp được kiến nghị tổng hợp chưa chuyển xử lý.");
    public static readonly Refusal NoDeadlineRule = new("petition-no-rule", "Chưa có quy tắc thời hạn trả lời kiến nghị áp dụng cho ngày này. Quản trị viên cần bổ sung tại trang Thời hạn.");
    public static readonly Refusal PurposeRequired = new("petition-purpose", "Vui lòng nêu mục đích xem thông tin người gửi (tối đa 500 ký tự); mỗi lần xem được ghi lại.");
    public static readonly Refusal IdentitiesRequired = new("petition-identities", "Chọn ít nhất một hồ sơ thông tin cá nhân.");
    public static readonly Refusal NoIdentity = new("petition-no-identity", "Kiến nghị này không có thông tin người gửi.");
    public static readonly Refusal NotFound = new("petition-not-found", "Không tìm thấy kiến nghị với mã và thông tin liên hệ này.");
}
