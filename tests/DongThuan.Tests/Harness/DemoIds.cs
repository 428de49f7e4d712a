using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Tests.Harness;

/// <summary>Ids of well-known demo records, looked up by their names.</summary>
public sealed record DemoIds(Guid District, Guid Council, Guid PeoplesCommittee, Guid TermVI, Guid Delegate, string AdminUserId, Guid DaibieuQuestion, Guid Session2022, Guid SeedArticle)
{
    public static Task<DemoIds> LoadAsync(AppFactory app) => app.WithDb(async (db, _) =>
    {
        var district = await db.Units.SingleAsync(u => u.Name == "Quận Cầu Giấy");
        var council = await db.Bodies.SingleAsync(b => b.UnitId == district.Id && b.Kind == BodyKind.Council);
        var ubnd = await db.Bodies.SingleAsync(b => b.UnitId == district.Id && b.Kind == BodyKind.PeoplesCommittee);
        var term = await db.Terms.SingleAsync(t => t.CouncilId == council.Id && t.Number == 6);
        var delegatePerson = await db.Positions.Where(p => p.BodyId == council.Id).Select(p => p.PersonId).FirstAsync();
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
        var question = await db.Set<DongThuan.Web.Modules.Questions.Question>().Where(q => q.Title.StartsWith("Tiến độ giải phóng mặt bằng")).Select(q => q.Id).SingleAsync();
        var session = await db.Set<DongThuan.Web.Modules.Sessions.Session>().Where(s => s.CouncilId == council.Id && s.Number == 4).Select(s => s.Id).SingleAsync();
        var article = await db.Set<DongThuan.Web.Modules.Portal.Article>().Where(a => a.Slug == "quan-cau-giay-tang-cuong-doi-thoai-tao-su-dong-thuan").Select(a => a.Id).SingleAsync();
        return new DemoIds(district.Id, council.Id, ubnd.Id, term.Id, delegatePerson, admin.Id, question, session, article);
    });
}
