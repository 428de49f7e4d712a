using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Text;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// Written questions handed in on paper and what became of them, one question per row: received for the named delegate,
/// forwarded to the respondent, answered, and the delegate's verdict, each on the day it happened, through the same use
/// cases as the pages (<see cref="WriteQuestion.ReceiveAsync"/>, <see cref="ForwardQuestion"/>, <see cref="AnswerQuestion"/>,
/// <see cref="EvaluateQuestion"/>), so deadlines and "on time" run from those days. Steps left empty are not taken. A
/// question already there (same delegate, title and day of receipt) is not added again.
/// </summary>
public sealed class QuestionsImport(QuestionDesk desk) : ISheetImport
{
    private const string Delegate = "Đại biểu", QuestionTitle = "Tiêu đề", Content = "Nội dung", Received = "Ngày nhận", Forwarded = "Ngày chuyển",
        Agency = "Cơ quan trả lời", RoleName = "Vai trò người trả lời", Respondent = "Người trả lời", Answered = "Ngày trả lời", Answer = "Nội dung trả lời",
        Responsibility = "Trách nhiệm", Measures = "Biện pháp", TimeFrame = "Thời hạn thực hiện", Satisfied = "Đại biểu đồng ý", Evaluated = "Ngày đánh giá",
        Note = "Ý kiến đại biểu";

    public string Kind => "questions";

    public int Order => 4;

    public string Title => "Chất vấn bằng văn bản và các bước xử lý";

    public IReadOnlyList<string> Columns { get; } =
        [Delegate, QuestionTitle, Content, Received, Forwarded, Agency, RoleName, Respondent, Answered, Answer, Responsibility, Measures, TimeFrame, Satisfied, Evaluated, Note];

    public IReadOnlyList<string> Required { get; } = [Delegate, QuestionTitle, Content, Received];

    public IReadOnlyDictionary<string, object?> Example { get; } = new Dictionary<string, object?>
    {
        [Delegate] = "Nguyễn Văn An", [QuestionTitle] = "Nước sạch thôn Đông", [Content] = "Bao giờ thôn Đông có nước sạch?", [Received] = "02/02/2026",
        [Forwarded] = "03/02/2026", [Agency] = "UBND xã An Bình", [RoleName] = "Chủ tịch UBND", [Respondent] = "Trần Văn Bình", [Answered] = "16/02/2026",
        [Answer] = "Quý III/2026 hoàn thành đường ống.", [Responsibility] = "Phòng Kinh tế", [Measures] = "Lắp đường ống", [TimeFrame] = "Quý III/2026",
        [Satisfied] = "Có", [Evaluated] = "20/02/2026", [Note] = "",
    };

    public async Task<(RowResult Result, Refusal? Refusal)> ImportAsync(ImportContext context, ImportRow row, CancellationToken ct)
    {
        var dates = new[] { Received, Forwarded, Answered, Evaluated }.Select(row.Date).ToList();
        if (dates.Any(d => !d.Ok) || dates[0].Value is not { } receivedOn)
        {
            return (RowResult.Refused, ImportRow.DateForm);
        }

        var db = desk.Db;
        var name = row.Text(Delegate);
        var delegates = await WriteQuestion.CouncilDelegatesAsync(db, context.CouncilId, ct);
        var person = delegates.FirstOrDefault(d => d.Name == name).Id;
        if (person == Guid.Empty)
        {
            return (RowResult.Refused, QuestionRefusals.ImportDelegateUnknown);
        }

        var title = row.Text(QuestionTitle) ?? "";
        if (await db.Questions.AnyAsync(q => q.AskedByPersonId == person && q.Title == title.Trim() && q.SubmittedOn == receivedOn, ct))
        {
            return (RowResult.Skipped, null);
        }

        var (received, question) = await WriteQuestion.ReceiveAsync(desk, context.User, new(QuestionChannel.BetweenSessions, title, row.Text(Content), null, null, person, receivedOn), ct);
        if (!received.Succeeded)
        {
            return (RowResult.Refused, received.Refusal);
        }

        if (dates[1].Value is { } forwardedOn)
        {
            var agencyName = row.Text(Agency);
            var agency = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.UnitId == context.UnitId && b.ArchivedAt == null && b.Name == agencyName, ct);
            var role = RoleOf(row.Text(RoleName));
            if (agency is null || role is null || row.Text(Respondent) is null)
            {
                return (RowResult.Refused, QuestionRefusals.ImportRespondent);
            }

            var forwarded = await ForwardQuestion.ExecuteAsync(desk, context.User, question!, new(role.Value, agency.Id, row.Text(Respondent), null, forwardedOn), ct);
            if (!forwarded.Succeeded)
            {
                return (RowResult.Refused, forwarded.Refusal);
            }
        }

        if (dates[2].Value is { } answeredOn)
        {
            var answered = await AnswerQuestion.ExecuteAsync(desk, context.User, question!,
                new(row.Text(Answer), row.Text(Responsibility), row.Text(Measures), row.Text(TimeFrame), false, answeredOn), ct);
            if (!answered.Succeeded)
            {
                return (RowResult.Refused, answered.Refusal);
            }
        }

        if (dates[3].Value is { } evaluatedOn)
        {
            var verdict = VietnameseText.Fold(row.Text(Satisfied)) switch
            {
                "co" or "dong y" => true,
                "khong" or "chua dong y" => (bool?)false,
                _ => null,
            };
            if (verdict is null)
            {
                return (RowResult.Refused, QuestionRefusals.ImportVerdict);
            }

            var evaluated = await EvaluateQuestion.ExecuteAsync(desk, context.User, question!,
                new(verdict.Value, verdict.Value ? null : FollowUp.FurtherAnswer, row.Text(Note), evaluatedOn), ct);
            if (!evaluated.Succeeded)
            {
                return (RowResult.Refused, evaluated.Refusal);
            }
        }

        return (RowResult.Imported, null);
    }

    private static RespondentRole? RoleOf(string? text)
    {
        var folded = VietnameseText.Fold(text);
        return Enum.GetValues<RespondentRole>().Cast<RespondentRole?>()
            .FirstOrDefault(r => VietnameseText.Fold(QuestionNames.Of(r!.Value)) == folded || string.Equals(r.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
