using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Statistics;
using DongThuan.Web.Modules.Organisation;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>The figures the sessions module owns: sessions by kind, documents reviewed, group discussion opinions.</summary>
public static class SessionsStatistics
{
    public const string Regular = "sessions.regular", Thematic = "sessions.thematic", Urgent = "sessions.urgent";
    public const string DocumentsReviewed = "documents.reviewed", Resolutions = "documents.resolutions";
    public const string GroupOpinions = "opinions.group", GroupOpinionsAnswered = "opinions.group.answered", GroupOpinionsUnanswered = "opinions.group.unanswered";

    public static IServiceCollection AddSessionsStatistics(this IServiceCollection services) => services
        .AddStatistic(OfKind(Regular, SessionKind.Regular, "Kỳ họp thường lệ", "Các kỳ họp thường lệ của HĐND khai mạc trong kỳ báo cáo."))
        .AddStatistic(OfKind(Thematic, SessionKind.Thematic, "Kỳ họp chuyên đề", "Các kỳ họp chuyên đề của HĐND khai mạc trong kỳ báo cáo."))
        .AddStatistic(OfKind(Urgent, SessionKind.Urgent, "Kỳ họp giải quyết công việc phát sinh đột xuất", "Các kỳ họp đột xuất của HĐND khai mạc trong kỳ báo cáo."))
        .AddStatistic(new Statistic(DocumentsReviewed, "Báo cáo, tờ trình được xem xét",
            "Các báo cáo và tờ trình được đăng ký vào một kỳ họp của HĐND khai mạc trong kỳ báo cáo (kể cả báo cáo thẩm tra của các Ban), theo loại văn bản.",
            (db, s) => Documents(db, s).Where(d => d.Type == DocumentType.Report || d.Type == DocumentType.Proposal)
                .Select(d => new CountedRecord { Id = d.Id, ParentId = d.SessionId, Title = d.Summary, On = d.IssuedOn, Code = (int)d.Type }),
            r => $"/Sessions/Details/{r.ParentId}", CodeName: c => DocumentTypes.Name((DocumentType)c), GroupLabel: "Loại văn bản"))
        .AddStatistic(new Statistic(Resolutions, "Nghị quyết được thông qua",
            "Các nghị quyết đăng ký vào kỳ họp khai mạc trong kỳ báo cáo có kết quả biểu quyết tán thành quá nửa tổng số đại biểu.",
            (db, s) => Documents(db, s).Where(d => d.Type == DocumentType.Resolution && d.VotesFor != null
                    && d.VotesFor * 2 > d.VotesFor + (d.VotesAgainst ?? 0) + (d.VotesAbstaining ?? 0) + (d.VotesAbsent ?? 0))
                .Select(d => new CountedRecord { Id = d.Id, ParentId = d.SessionId, Title = d.Summary, On = d.IssuedOn }),
            r => $"/Sessions/Details/{r.ParentId}"))
        .AddStatistic(new Statistic(GroupOpinions, "Ý kiến thảo luận tổ được tổng hợp",
            "Các ý kiến của tổ đại biểu ghi nhận tại kỳ họp khai mạc trong kỳ báo cáo.",
            (db, s) => Opinions(db, s).Select(o => new CountedRecord { Id = o.Id, ParentId = o.SessionId, Title = o.Content, On = o.RespondedOn }),
            r => $"/Sessions/Details/{r.ParentId}"))
        .AddStatistic(new Statistic(GroupOpinionsAnswered, "Ý kiến thảo luận tổ đã được tiếp thu, giải trình",
            "Trong số ý kiến thảo luận tổ nói trên, các ý kiến đã có văn bản tiếp thu, giải trình của UBND.",
            (db, s) => Opinions(db, s).Where(o => o.Response != null)
                .Select(o => new CountedRecord { Id = o.Id, ParentId = o.SessionId, Title = o.Content, On = o.RespondedOn }),
            r => $"/Sessions/Details/{r.ParentId}"))
        .AddStatistic(new Statistic(GroupOpinionsUnanswered, "Ý kiến thảo luận tổ chưa được tiếp thu, giải trình",
            "Trong số ý kiến thảo luận tổ nói trên, các ý kiến chưa có văn bản tiếp thu, giải trình của UBND vào ngày lập báo cáo, theo tổ đại biểu.",
            (db, s) =>
            {
                var bodies = db.Set<Body>();
                return Opinions(db, s).Where(o => o.Response == null)
                    .Select(o => new CountedRecord { Id = o.Id, ParentId = o.SessionId, Title = o.Content, Group = bodies.Where(b => b.Id == o.DelegateGroupId).Select(b => b.Name).FirstOrDefault() });
            },
            r => $"/Sessions/Details/{r.ParentId}", GroupLabel: "Tổ đại biểu"));

    private static Statistic OfKind(string code, SessionKind kind, string name, string meaning) => new(code, name, meaning,
        (db, s) => Sessions(db, s).Where(x => x.Kind == kind)
            .Select(x => new CountedRecord { Id = x.Id, Title = "Kỳ họp thứ " + x.Number.ToString(), On = x.StartsOn }),
        r => $"/Sessions/Details/{r.Id}");

    private static IQueryable<Session> Sessions(DongThuanDb db, StatisticScope s) =>
        db.Set<Session>().Where(x => x.CouncilId == s.CouncilId && x.ArchivedAt == null && x.StartsOn >= s.From && x.StartsOn <= s.To);

    // The session query is captured as a variable, so EF inlines it as a subquery.
    private static IQueryable<Document> Documents(DongThuanDb db, StatisticScope s)
    {
        var sessions = Sessions(db, s);
        return db.Set<Document>().Where(d => sessions.Any(x => x.Id == d.SessionId));
    }

    private static IQueryable<GroupOpinion> Opinions(DongThuanDb db, StatisticScope s)
    {
        var sessions = Sessions(db, s);
        return db.Set<GroupOpinion>().Where(o => sessions.Any(x => x.Id == o.SessionId));
    }
}
