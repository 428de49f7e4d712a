using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Questions;

public enum QuestionChannel
{
    /// <summary>Chất vấn giữa hai kỳ họp, gửi Thường trực HĐND (Luật 87/2015, Điều 69).</summary>
    BetweenSessions = 1,

    /// <summary>Chất vấn tại kỳ họp (Điều 60).</summary>
    AtSession = 2,
}

public enum QuestionState
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Forwarded = 4,
    Answered = 5,
    Satisfied = 6,
    NotSatisfied = 7,
    Closed = 8,

    /// <summary>The delegate did not agree and asked for a further answer: the official owes it, by a due date of its own.</summary>
    AwaitingFurtherAnswer = 9,
}

/// <summary>Who may be questioned (Law 87/2015, Art. 5(1)(đ)).</summary>
public enum RespondentRole
{
    PeoplesCommitteeChair = 1,
    PeoplesCommitteeMember = 2,
    DepartmentHead = 3,
    CourtPresident = 4,
    ChiefProcurator = 5,
}

/// <summary>What a delegate who is not satisfied asks for next.</summary>
public enum FollowUp
{
    FurtherAnswer = 1,
    StandingCommitteeDiscussion = 2,
    SupervisionProposal = 3,
}

/// <summary>
/// A delegate's question to an official. The standing committee receives it, forwards it (or returns it
/// with a reason), the official answers, naming responsibility, measures and a time frame, and the
/// delegate says whether the answer satisfies them. Every transition is checked here.
/// </summary>
public sealed class Question : Entity, IUnitOwned, IObligationSubject
{
    string IObligationSubject.SubjectType => QuestionObligations.SubjectType;

    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    public QuestionChannel Channel { get; private set; }

    public string Title { get; private set; } = "";

    public string Content { get; private set; } = "";

    public Guid AskedByPersonId { get; private set; }

    /// <summary>The session a question at a session was put at.</summary>
    public Guid? SessionId { get; private set; }

    public QuestionState State { get; private set; }

    public DateOnly? SubmittedOn { get; private set; }

    public string? ReturnReason { get; private set; }

    public RespondentRole? RespondentRole { get; private set; }

    /// <summary>The respondent's agency (the people's committee or a department); null for the court and the procuracy.</summary>
    public Guid? RespondentBodyId { get; private set; }

    public Guid? RespondentPersonId { get; private set; }

    /// <summary>The official as named on the forwarding letter ("Chủ tịch UBND quận Cầu Giấy").</summary>
    public string? RespondentName { get; private set; }

    public DateOnly? ForwardedOn { get; private set; }

    public string? InterimAnswer { get; private set; }

    public string? Answer { get; private set; }

    public string? Responsibility { get; private set; }

    public string? Measures { get; private set; }

    public string? TimeFrame { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public FollowUp? FollowUp { get; private set; }

    public string? EvaluationNote { get; private set; }

    public Guid? ObligationId { get; private set; }

    /// <summary>How many answers have been given: the first and each further one (<see cref="Answers"/>).</summary>
    public int AnswerRounds { get; private set; }

    private readonly List<QuestionAnswer> _answers = [];

    /// <summary>Every answer given, in order; loaded only where it is shown (a new answer is added here and saved with the question).</summary>
    public IReadOnlyList<QuestionAnswer> Answers => _answers;

    private Question()
    {
    }

    public static Question Draft(Guid unitId, Guid councilId, Guid delegatePersonId, QuestionChannel channel, string title, string content, out Outcome outcome, Guid? sessionId = null)
    {
        var q = new Question { UnitId = unitId, CouncilId = councilId, AskedByPersonId = delegatePersonId, State = QuestionState.Draft };
        outcome = q.Edit(title, content, channel, sessionId);
        return q;
    }

    /// <summary>A question at a session names the session; one between sessions names none.</summary>
    public Outcome Edit(string title, string content, QuestionChannel channel, Guid? sessionId)
    {
        if (!Enum.IsDefined(channel))
        {
            return QuestionRefusals.UnknownChannel;
        }

        if (channel == QuestionChannel.AtSession && sessionId is null)
        {
            return QuestionRefusals.SessionRequired;
        }

        var outcome = Edit(title, content);
        if (outcome.Succeeded)
        {
            Channel = channel;
            SessionId = channel == QuestionChannel.AtSession ? sessionId : null;
        }

        return outcome;
    }

    public Outcome Edit(string title, string content)
    {
        if (State is not (QuestionState.Draft or QuestionState.Returned))
        {
            return QuestionRefusals.EditOnlyDraft;
        }

        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(content))
        {
            return QuestionRefusals.TitleAndContentRequired;
        }

        Title = title.Trim();
        Content = content.Trim();
        return Outcome.Done;
    }

    public Outcome Submit(DateOnly on)
    {
        if (State is not (QuestionState.Draft or QuestionState.Returned))
        {
            return QuestionRefusals.SubmitOnlyDraft;
        }

        State = QuestionState.Submitted;
        SubmittedOn = on;
        ReturnReason = null;
        return Outcome.Done;
    }

    public Outcome Return(string reason)
    {
        if (State != QuestionState.Submitted)
        {
            return QuestionRefusals.OnlySubmitted;
        }

        if (!TextRules.IsReason(reason))
        {
            return QuestionRefusals.ReasonRequired;
        }

        State = QuestionState.Returned;
        ReturnReason = reason.Trim();
        return Outcome.Done;
    }

    /// <summary>Forwards to an official: the people's committee's chair and members, and department heads, must be named with their agency.</summary>
    public Outcome Forward(RespondentRole role, Guid? bodyId, Guid? personId, string respondentName, DateOnly on)
    {
        if (State != QuestionState.Submitted)
        {
            return QuestionRefusals.OnlySubmitted;
        }

        if (string.IsNullOrWhiteSpace(respondentName))
        {
            return QuestionRefusals.RespondentRequired;
        }

        if (bodyId is null && role is not (Questions.RespondentRole.CourtPresident or Questions.RespondentRole.ChiefProcurator))
        {
            return QuestionRefusals.RespondentBodyRequired;
        }

        State = QuestionState.Forwarded;
        RespondentRole = role;
        RespondentBodyId = bodyId;
        RespondentPersonId = personId;
        RespondentName = respondentName.Trim();
        ForwardedOn = on;
        return Outcome.Done;
    }

    public void AttachObligation(Guid obligationId) => ObligationId = obligationId;

    /// <summary>Extending the answer deadline is the office's decision while the official still owes the answer.</summary>
    public Outcome AllowExtension() => OwesAnswer ? Outcome.Done : QuestionRefusals.ExtendOnlyForwarded;

    /// <summary>The official owes an answer: the first one, or the further one the delegate asked for.</summary>
    public bool OwesAnswer => State is QuestionState.Forwarded or QuestionState.AwaitingFurtherAnswer;

    public Outcome RecordInterim(string text)
    {
        if (!OwesAnswer)
        {
            return QuestionRefusals.AnswerOnlyForwarded;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return QuestionRefusals.AnswerRequired;
        }

        InterimAnswer = text.Trim();
        return Outcome.Done;
    }

    /// <summary>
    /// The answer must say who is responsible, what will be done and by when (Art. 60). It is kept as the question's
    /// latest answer and, with the signed letter it was sent as, as one more of its <see cref="Answers"/>.
    /// </summary>
    public Outcome AnswerWith(string answer, string responsibility, string measures, string timeFrame, DateOnly on, AnswerLetter? letter = null)
    {
        if (!OwesAnswer)
        {
            return QuestionRefusals.AnswerOnlyForwarded;
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            return QuestionRefusals.AnswerRequired;
        }

        if (string.IsNullOrWhiteSpace(responsibility) || string.IsNullOrWhiteSpace(measures) || string.IsNullOrWhiteSpace(timeFrame))
        {
            return QuestionRefusals.AnswerPartsRequired;
        }

        if (letter is { IsEmpty: false } && letter.Check(ForwardedOn, on) is { Succeeded: false } bad)
        {
            return bad;
        }

        State = QuestionState.Answered;
        Answer = answer.Trim();
        Responsibility = responsibility.Trim();
        Measures = measures.Trim();
        TimeFrame = timeFrame.Trim();
        AnsweredOn = on;
        AnswerRounds++;
        _answers.Add(QuestionAnswer.Of(this, AnswerRounds, Answer, Responsibility, Measures, TimeFrame, on, letter));
        return Outcome.Done;
    }

    /// <summary>The delegate's verdict. Not satisfied needs a follow-up; asking for a further answer sends the question back to the official.</summary>
    public Outcome Evaluate(bool satisfied, FollowUp? followUp, string? note)
    {
        if (State != QuestionState.Answered)
        {
            return QuestionRefusals.EvaluateOnlyAnswered;
        }

        if (!satisfied && followUp is null)
        {
            return QuestionRefusals.FollowUpRequired;
        }

        FollowUp = satisfied ? null : followUp;
        EvaluationNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        State = satisfied ? QuestionState.Satisfied
            : followUp == Questions.FollowUp.FurtherAnswer ? QuestionState.AwaitingFurtherAnswer
            : QuestionState.NotSatisfied;
        return Outcome.Done;
    }

    public Outcome Close()
    {
        if (State is not (QuestionState.Satisfied or QuestionState.NotSatisfied))
        {
            return QuestionRefusals.CloseOnlyEvaluated;
        }

        State = QuestionState.Closed;
        return Outcome.Done;
    }
}

public static class QuestionRefusals
{
    public static readonly Refusal ImportDelegateUnknown = new("import-delegate-unknown", "Không có đại biểu tên này trong HĐND.");
    public static readonly Refusal ImportRespondent = new("import-respondent", "Đã có ngày chuyển thì cần cơ quan trả lời có trong đơn vị, người trả lời và vai trò của người đó.");
    public static readonly Refusal ImportVerdict = new("import-verdict", "Cột \"Đại biểu đồng ý\" ghi Có hoặc Không.");
    public static readonly Refusal UnknownChannel = new("question-channel", "Hình thức chất vấn không hợp lệ.");
    public static readonly Refusal EditOnlyDraft = new("question-edit-draft", "Chỉ sửa được chất vấn đang soạn hoặc bị trả lại.");
    public static readonly Refusal TitleAndContentRequired = new("question-text", "Vui lòng nhập vấn đề chất vấn và nội dung.");
    public static readonly Refusal SubmitOnlyDraft = new("question-submit", "Chỉ gửi được chất vấn đang soạn hoặc bị trả lại.");
    public static readonly Refusal OnlySubmitted = new("question-only-submitted", "Chỉ chuyển hoặc trả lại được chất vấn vừa gửi Thường trực HĐND.");
    public static readonly Refusal ReasonRequired = new("question-reason", "Vui lòng nêu lý do trả lại (tối đa 2.000 ký tự).");
    public static readonly Refusal RespondentRequired = new("question-respondent", "Vui lòng ghi rõ người trả lời chất vấn.");
    public static readonly Refusal RespondentNotOfBody = new("question-respondent-of-body", "Người trả lời được chọn phải đang giữ chức vụ tại cơ quan đã chọn.");
    public static readonly Refusal RespondentBodyRequired = new("question-respondent-body", "Chủ tịch, thành viên UBND và thủ trưởng cơ quan chuyên môn phải gắn với cơ quan của họ.");
    public static readonly Refusal AnswerOnlyForwarded = new("question-answer-forwarded", "Chỉ trả lời được chất vấn đã được chuyển đến người trả lời.");
    public static readonly Refusal AnswerRequired = new("question-answer-text", "Vui lòng nhập nội dung trả lời.");
    public static readonly Refusal AnswerPartsRequired = new("question-answer-parts", "Câu trả lời phải nêu rõ trách nhiệm, biện pháp khắc phục và thời hạn thực hiện.");
    public static readonly Refusal LetterIncomplete = new("question-letter-incomplete", "Văn bản trả lời cần đủ số và ký hiệu, ngày ban hành, họ tên và chức vụ người ký.");
    public static readonly Refusal LetterNumber = new("question-letter-number", "Số và ký hiệu văn bản viết như 125/UBND-VP (tối đa 40 ký tự); họ tên, chức vụ người ký tối đa 200 ký tự.");
    public static readonly Refusal LetterDate = new("question-letter-date", "Ngày của văn bản trả lời không được trước ngày chuyển chất vấn hoặc sau ngày trả lời.");
    public static readonly Refusal LetterNotFound = new("question-letter-none", "Chưa có câu trả lời lần này.");
    public static readonly Refusal EvaluateOnlyAnswered = new("question-evaluate", "Chỉ đánh giá được chất vấn đã có câu trả lời.");
    public static readonly Refusal FollowUpRequired = new("question-follow-up", "Nếu chưa đồng ý với câu trả lời, vui lòng chọn hướng xử lý tiếp theo.");
    public static readonly Refusal CloseOnlyEvaluated = new("question-close", "Chỉ kết thúc được chất vấn đã được đại biểu đánh giá.");
    public static readonly Refusal ExtendOnlyForwarded = new("question-extend", "Chỉ gia hạn được khi người trả lời đang xử lý chất vấn.");
    public static readonly Refusal SessionRequired = new("question-session", "Chất vấn tại kỳ họp phải chọn kỳ họp của HĐND.");
    public static readonly Refusal NoDeadlineRule = new("question-no-rule", "Chưa có quy tắc thời hạn trả lời chất vấn cho ngày này; quản trị viên cần bổ sung.");
    public static readonly Refusal NoDelegateProfile = new("question-no-delegate", "Tài khoản của bạn chưa gắn với một đại biểu HĐND.");
    public static readonly Refusal NotADelegateOfYourCouncil = new("question-not-your-delegate", "Người được ghi là người chất vấn không phải đại biểu của HĐND mà bạn phụ trách.");
}

/// <summary>A delegate who co-signs a question: they follow it (see it and its answer); its author acts on it.</summary>
public sealed class QuestionCoSigner : Entity
{
    public Guid QuestionId { get; private set; }

    public Guid PersonId { get; private set; }

    private QuestionCoSigner()
    {
    }

    public static QuestionCoSigner For(Question question, Guid personId) => new() { QuestionId = question.Id, PersonId = personId };
}
