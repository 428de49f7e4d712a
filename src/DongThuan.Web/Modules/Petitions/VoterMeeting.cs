using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Obligations;

namespace DongThuan.Web.Modules.Petitions;

public enum MeetingTiming
{
    BeforeSession = 1,
    AfterSession = 2,
    Thematic = 3,
}

/// <summary>
/// A voter meeting (tiếp xúc cử tri): a delegate group meets the voters of its constituency before or
/// after a session. The petitions raised there are entered by office staff and carry the meeting.
/// </summary>
public sealed class VoterMeeting : Entity, IUnitOwned
{
    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    public Guid DelegateGroupId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; } = "";

    /// <summary>The delegates present, as named in the minutes.</summary>
    public string DelegatesPresent { get; private set; } = "";

    public int VotersAttending { get; private set; }

    public MeetingTiming Timing { get; private set; }

    public Guid? SessionId { get; private set; }

    private VoterMeeting()
    {
    }

    public static VoterMeeting Record(Guid unitId, Guid councilId, Guid groupId, DateOnly heldOn, string place, string delegatesPresent, int voters,
        MeetingTiming timing, Guid? sessionId, out Outcome outcome)
    {
        var m = new VoterMeeting { UnitId = unitId, CouncilId = councilId, DelegateGroupId = groupId };
        outcome = m.Update(heldOn, place, delegatesPresent, voters, timing, sessionId);
        return m;
    }

    public Outcome Update(DateOnly heldOn, string place, string delegatesPresent, int voters, MeetingTiming timing, Guid? sessionId)
    {
        if (string.IsNullOrWhiteSpace(place) || place.Length > 300 || (delegatesPresent?.Length ?? 0) > 2000)
        {
            return MeetingRefusals.PlaceRequired;
        }

        if (voters is < 0 or > 100000 || !Enum.IsDefined(timing))
        {
            return MeetingRefusals.VotersOutOfRange;
        }

        HeldOn = heldOn;
        Place = place.Trim();
        DelegatesPresent = delegatesPresent?.Trim() ?? "";
        VotersAttending = voters;
        Timing = timing;
        SessionId = sessionId;
        return Outcome.Done;
    }
}

public static class MeetingRefusals
{
    public static readonly Refusal PlaceRequired = new("meeting-place", "Vui lòng nhập địa điểm (tối đa 300 ký tự).");
    public static readonly Refusal VotersOutOfRange = new("meeting-voters", "Số cử tri tham dự không hợp lệ.");
    public static readonly Refusal GroupRequired = new("meeting-group", "Vui lòng chọn tổ đại biểu của Hội đồng.");
    public static readonly Refusal DialogueFields = new("dialogue-fields", "Vui lòng nhập chủ đề, người chủ trì, đối tượng và địa điểm của hội nghị đối thoại.");
    public static readonly Refusal DialogueClosed = new("dialogue-closed", "Hội nghị đối thoại này không còn nhận đăng ký câu hỏi.");
    public static readonly Refusal PromiseFields = new("dialogue-promise", "Vui lòng nhập nội dung cam kết, cơ quan chịu trách nhiệm và hạn hoàn thành.");
}

/// <summary>
/// A dialogue conference (hội nghị đối thoại): the head of a body meets the citizens of a ward or a group
/// on a date. Citizens register questions beforehand through the petition form; staff record each answer
/// given; promises become obligations; the record is published when the office says so.
/// </summary>
public sealed class DialogueConference : Entity, IUnitOwned
{
    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    public Guid HostBodyId { get; private set; }

    public string Topic { get; private set; } = "";

    /// <summary>Who chairs it, as named in the invitation ("Chủ tịch UBND quận").</summary>
    public string Host { get; private set; } = "";

    /// <summary>The citizens it is for: a ward, a residential group, an association.</summary>
    public string Audience { get; private set; } = "";

    public string Place { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public bool RegistrationOpen { get; private set; }

    public string? Summary { get; private set; }

    public bool Published { get; private set; }

    private DialogueConference()
    {
    }

    public static DialogueConference Plan(Guid unitId, Guid councilId, Guid hostBodyId, string topic, string host, string audience, string place, DateOnly heldOn, out Outcome outcome)
    {
        var d = new DialogueConference { UnitId = unitId, CouncilId = councilId, HostBodyId = hostBodyId, RegistrationOpen = true };
        if (new[] { topic, host, audience, place }.Any(string.IsNullOrWhiteSpace) || new[] { topic, host, audience, place }.Any(s => s.Length > 300))
        {
            outcome = MeetingRefusals.DialogueFields;
            return d;
        }

        d.Topic = topic.Trim();
        d.Host = host.Trim();
        d.Audience = audience.Trim();
        d.Place = place.Trim();
        d.HeldOn = heldOn;
        outcome = Outcome.Done;
        return d;
    }

    /// <summary>Registration closes at the end of the day before the conference, or when the office closes it.</summary>
    public bool AcceptsQuestionsOn(DateOnly today) => RegistrationOpen && today < HeldOn;

    public void CloseRegistration() => RegistrationOpen = false;

    public Outcome Publish(string summary)
    {
        if (string.IsNullOrWhiteSpace(summary) || summary.Length > 20000)
        {
            return MeetingRefusals.DialogueFields;
        }

        Summary = summary.Trim();
        Published = true;
        RegistrationOpen = false;
        return Outcome.Done;
    }
}

/// <summary>A promise made at a dialogue conference: a named owner, a task, a date. It is an obligation.</summary>
public sealed class DialoguePromise : Entity, IObligationSubject
{
    /// <summary>The obligation a promise made at a dialogue conference opens.</summary>
    public const string ObligationKind = "dialogue.promise";

    string IObligationSubject.SubjectType => nameof(DialoguePromise);

    public Guid DialogueId { get; private set; }

    public string Text { get; private set; } = "";

    public Guid OwnerBodyId { get; private set; }

    public string Official { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public Guid? ObligationId { get; private set; }

    private DialoguePromise()
    {
    }

    public static DialoguePromise Record(DialogueConference d, string text, Guid ownerBodyId, string official, DateOnly dueOn, out Outcome outcome)
    {
        outcome = string.IsNullOrWhiteSpace(text) || text.Length > 4000 || string.IsNullOrWhiteSpace(official) || official.Length > 300 || dueOn < d.HeldOn
            ? MeetingRefusals.PromiseFields
            : Outcome.Done;
        return new DialoguePromise { DialogueId = d.Id, Text = text?.Trim() ?? "", OwnerBodyId = ownerBodyId, Official = official?.Trim() ?? "", DueOn = dueOn };
    }

    public void AttachObligation(Guid obligationId) => ObligationId = obligationId;
}
