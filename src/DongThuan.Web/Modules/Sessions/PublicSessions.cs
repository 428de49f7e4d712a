using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// The one definition of what the public may see of sessions: a session held in public and not archived,
/// and the documents and files of such a session. A closed session (họp kín) and everything filed under it
/// stay out, whoever asks and whatever address they type.
/// </summary>
public static class PublicSessions
{
    public static IQueryable<Session> Of(DongThuanDb db) => db.Sessions.Where(s => s.IsPublic && s.ArchivedAt == null);

    public static IQueryable<Document> Documents(DongThuanDb db)
    {
        var sessions = Of(db);
        return db.Documents.Where(d => d.SessionId != null && sessions.Any(s => s.Id == d.SessionId));
    }
}
