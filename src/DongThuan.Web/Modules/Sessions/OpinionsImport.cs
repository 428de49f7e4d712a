using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// Delegate groups' discussion opinions and the people's committee's responses, one opinion per row: the session by its
/// opening day, the group by its name, the response with the day it was given. Through the same use cases as the pages
/// (<see cref="RecordOpinion"/>, <see cref="RespondToOpinion"/>), so each becomes an obligation fulfilled on its real day.
/// An opinion already there (same session, group and words) is not added again; its response is added if it had none.
/// </summary>
public sealed class OpinionsImport(DongThuanDb db, WorkflowStep step) : ISheetImport
{
    private const string Opens = "Khai mạc kỳ họp", Group = "Tổ đại biểu", Content = "Nội dung ý kiến", Response = "Tiếp thu, giải trình của UBND", RespondedOn = "Ngày trả lời";

    public string Kind => "opinions";

    public int Order => 3;

    public string Title => "Ý kiến thảo luận tổ và việc tiếp thu, giải trình";

    public IReadOnlyList<string> Columns { get; } = [Opens, Group, Content, Response, RespondedOn];

    public IReadOnlyList<string> Required { get; } = [Opens, Group, Content];

    public IReadOnlyDictionary<string, object?> Example { get; } = new Dictionary<string, object?>
    {
        [Opens] = "08/01/2026", [Group] = "Tổ đại biểu số 1", [Content] = "Đề nghị làm rõ nguồn vốn sửa đường liên thôn.",
        [Response] = "UBND xã tiếp thu, bố trí vốn trong quý II.", [RespondedOn] = "20/01/2026",
    };

    public async Task<(RowResult Result, Refusal? Refusal)> ImportAsync(ImportContext context, ImportRow row, CancellationToken ct)
    {
        var (opensOk, opens) = row.Date(Opens);
        var (respondedOk, respondedOn) = row.Date(RespondedOn);
        if (!opensOk || !respondedOk || opens is null)
        {
            return (RowResult.Refused, ImportRow.DateForm);
        }

        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.CouncilId == context.CouncilId && s.StartsOn == opens && s.ArchivedAt == null, ct);
        if (session is null)
        {
            return (RowResult.Refused, SessionRefusals.ImportSessionUnknown);
        }

        var groupName = row.Text(Group);
        var group = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.ParentBodyId == context.CouncilId && b.Kind == BodyKind.DelegateGroup && b.Name == groupName, ct);
        if (group is null)
        {
            return (RowResult.Refused, SessionRefusals.ImportGroupUnknown);
        }

        var content = row.Text(Content) ?? "";
        var opinion = await db.GroupOpinions.FirstOrDefaultAsync(o => o.SessionId == session.Id && o.DelegateGroupId == group.Id && o.Content == content.Trim(), ct);
        var changed = false;
        if (opinion is null)
        {
            (var recorded, opinion) = await RecordOpinion.ExecuteAsync(db, step, session, new(group.Id, null, content), ct);
            if (!recorded.Succeeded)
            {
                return (RowResult.Refused, recorded.Refusal);
            }

            changed = true;
        }

        if (row.Text(Response) is { } response && opinion!.Response is null)
        {
            var responded = await RespondToOpinion.ExecuteAsync(db, step, context.User, opinion, context.Today, new(response, respondedOn), ct);
            if (!responded.Succeeded)
            {
                return (RowResult.Refused, responded.Refusal);
            }

            changed = true;
        }

        return (changed ? RowResult.Imported : RowResult.Skipped, null);
    }
}
