using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Sessions;

public enum SessionKind
{
    /// <summary>Kỳ họp thường lệ.</summary>
    Regular = 1,

    /// <summary>Kỳ họp chuyên đề.</summary>
    Thematic = 2,

    /// <summary>Kỳ họp giải quyết công việc phát sinh đột xuất.</summary>
    Urgent = 3,
}

/// <summary>A sitting of a council in one of its terms ("Kỳ họp thứ 5, HĐND quận Cầu Giấy khóa VI").</summary>
public sealed class Session : Entity, IUnitOwned, IArchivable
{
    /// <summary>Law 47/2019 renamed the extra sessions ("bất thường" → "chuyên đề" or "đột xuất") from this date.</summary>
    public static readonly DateOnly ExtraSessionsRenamedOn = new(2020, 7, 1);

    public Guid UnitId { get; private set; }

    public Guid CouncilId { get; private set; }

    public Guid TermId { get; private set; }

    public int Number { get; private set; }

    public SessionKind Kind { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string Venue { get; private set; } = "";

    public bool IsPublic { get; private set; } = true;

    public DateTimeOffset? ArchivedAt { get; private set; }

    private Session()
    {
    }

    public string Label => $"Kỳ họp thứ {Number}";

    /// <summary>The kind as the law of the session's date calls it.</summary>
    public string KindName => Kind switch
    {
        SessionKind.Regular => "thường lệ",
        _ when StartsOn < ExtraSessionsRenamedOn => "bất thường",
        SessionKind.Thematic => "chuyên đề",
        _ => "giải quyết công việc phát sinh đột xuất",
    };

    /// <summary>Planned, in session, or closed, as of a day: derived from the dates, so it can never be stale.</summary>
    public string StatusOn(DateOnly today) => today < StartsOn ? "Sắp diễn ra" : today <= EndsOn ? "Đang họp" : "Đã bế mạc";

    public static Session Plan(Body council, Term term, int number, SessionKind kind, DateOnly startsOn, DateOnly endsOn, string venue, bool isPublic,
        IEnumerable<Session> others, out Outcome outcome)
    {
        var s = new Session { UnitId = council.UnitId, CouncilId = council.Id, TermId = term.Id };
        outcome = council.Kind != BodyKind.Council || term.CouncilId != council.Id
            ? SessionRefusals.TermOfCouncil
            : s.Update(term, number, kind, startsOn, endsOn, venue, isPublic, others);
        return s;
    }

    public Outcome Update(Term term, int number, SessionKind kind, DateOnly startsOn, DateOnly endsOn, string venue, bool isPublic, IEnumerable<Session> others)
    {
        if (number is < 1 or > 100)
        {
            return SessionRefusals.Number;
        }

        if (endsOn < startsOn)
        {
            return SessionRefusals.DatesReversed;
        }

        if (!term.Covers(startsOn))
        {
            return SessionRefusals.OutsideTerm;
        }

        if (others.Any(o => o.Id != Id && o.TermId == term.Id && o.Number == number && o.ArchivedAt is null))
        {
            return SessionRefusals.NumberTaken;
        }

        TermId = term.Id;
        Number = number;
        Kind = kind;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Venue = venue.Trim();
        IsPublic = isPublic;
        return Outcome.Done;
    }

    public void Archive(DateTimeOffset at) => ArchivedAt ??= at;
}

/// <summary>An item of a session's agenda, in order, optionally about a document.</summary>
public sealed class AgendaItem : Entity, IUnitOwned
{
    public Guid SessionId { get; private set; }

    public Guid UnitId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = "";

    private AgendaItem()
    {
    }

    public const int TitleMax = 500;

    public static AgendaItem Add(Session session, int order, string title, out Outcome outcome)
    {
        outcome = string.IsNullOrWhiteSpace(title) ? SessionRefusals.TitleRequired
            : title.Trim().Length > TitleMax ? SessionRefusals.AgendaTitleTooLong
            : Outcome.Done;
        return new AgendaItem { SessionId = session.Id, UnitId = session.UnitId, Order = order, Title = title.Trim() };
    }
}

public static class SessionRefusals
{
    public static readonly Refusal TermOfCouncil = new("session-term", "Kỳ họp phải thuộc một nhiệm kỳ của chính HĐND này.");
    public static readonly Refusal AgendaTitleTooLong = new("agenda-title-long", "Nội dung chương trình kỳ họp tối đa 500 ký tự.");
    public static readonly Refusal Number = new("session-number", "Số kỳ họp phải từ 1 đến 100.");
    public static readonly Refusal DatesReversed = new("session-dates", "Ngày bế mạc không được trước ngày khai mạc.");
    public static readonly Refusal OutsideTerm = new("session-outside-term", "Ngày khai mạc phải nằm trong nhiệm kỳ.");
    public static readonly Refusal NumberTaken = new("session-number-taken", "Số kỳ họp này đã có trong nhiệm kỳ.");
    public static readonly Refusal TitleRequired = new("session-title", "Vui lòng nhập nội dung.");
    public static readonly Refusal DocumentNumberTaken = new("document-number-taken", "Số và ký hiệu văn bản này đã được cơ quan ban hành sử dụng trong năm.");
    public static readonly Refusal DocumentFields = new("document-fields", "Vui lòng nhập đủ số, ký hiệu cơ quan ban hành, ngày ban hành và trích yếu.");
    public static readonly Refusal VotesInvalid = new("votes-invalid", "Số phiếu không hợp lệ: không âm, và tổng phải lớn hơn 0.");
    public static readonly Refusal VotesOnlyResolutions = new("votes-resolution", "Chỉ ghi kết quả biểu quyết cho nghị quyết.");
    public static readonly Refusal FileTooLarge = Infrastructure.Files.FileRefusals.FileTooLarge;
    public static readonly Refusal FileType = Infrastructure.Files.FileRefusals.FileType;
    public static readonly Refusal OpinionText = new("opinion-text", "Vui lòng nhập nội dung ý kiến.");
    public static readonly Refusal ResponseText = new("opinion-response", "Vui lòng nhập nội dung tiếp thu, giải trình.");
    public static readonly Refusal ImportKind = new("import-session-kind", "Loại kỳ họp phải là Thường lệ, Chuyên đề hoặc Đột xuất (Bất thường).");
    public static readonly Refusal ImportSessionDiffers = new("import-session-differs", "Kỳ họp số này đã có trong nhiệm kỳ với ngày khai mạc khác.");
    public static readonly Refusal ImportDocumentType = new("import-document-type", "Loại văn bản không có trong danh mục (Nghị quyết, Báo cáo, Tờ trình, Kế hoạch, …).");
    public static readonly Refusal ImportIssuerUnknown = new("import-issuer-unknown", "Không có cơ quan ban hành tên này trong đơn vị.");
    public static readonly Refusal ImportDocumentFields = new("import-document-fields", "Văn bản cần ngày ban hành và trích yếu; số là số nguyên.");
    public static readonly Refusal ImportVotes = new("import-votes", "Số phiếu là số nguyên, chỉ ghi cho nghị quyết.");
    public static readonly Refusal ImportSessionUnknown = new("import-session-unknown", "HĐND không có kỳ họp khai mạc ngày này.");
    public static readonly Refusal ImportGroupUnknown = new("import-group-unknown", "HĐND không có tổ đại biểu tên này.");
    public static readonly Refusal OpinionSource = new("opinion-source", "Tổ đại biểu hoặc văn bản không thuộc kỳ họp này.");
    public static readonly Refusal NoExecutive = new("opinion-no-executive", "Đơn vị chưa có Ủy ban nhân dân để tiếp thu, giải trình; hãy thêm cơ quan này trước.");
    public static readonly Refusal NoDeadlineRule = new("opinion-no-deadline", "Chưa có thời hạn tiếp thu, giải trình ý kiến tổ đại biểu; quản trị viên cần khai báo ở trang Thời hạn.");
    public static readonly Refusal AlreadyResponded = new("opinion-responded", "Ý kiến này đã được tiếp thu, giải trình.");
}
