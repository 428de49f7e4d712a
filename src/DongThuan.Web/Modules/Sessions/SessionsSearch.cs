using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Modules.Search;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions;

/// <summary>
/// Sessions in the search, by their council, venue and agenda. Staff of the unit find every session; the
/// public finds those <see cref="PublicSessions"/> shows, and a closed session is never found by the public.
/// </summary>
public sealed class SessionSearch : SearchSource
{
    public const string Open = "Public", Closed = "Closed";

    public SessionSearch()
    {
        Watch<Session>(s => s.Id);
        Watch<AgendaItem>(a => a.SessionId);
    }

    public override string Kind => "session";

    public override string Name => "Kỳ họp";

    public override IReadOnlyDictionary<string, string> States { get; } = new Dictionary<string, string> { [Open] = "Họp công khai", [Closed] = "Họp kín" };

    public override IQueryable<Guid> All(DongThuanDb db) => db.Sessions.Select(s => s.Id);

    public override async Task<IReadOnlyList<SearchDocument>> DescribeAsync(DongThuanDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var open = await PublicSessions.Of(db).Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        var agenda = (await db.AgendaItems.AsNoTracking().Where(a => ids.Contains(a.SessionId)).OrderBy(a => a.Order).ToListAsync(ct)).ToLookup(a => a.SessionId);
        var councils = sessions.Select(s => s.CouncilId).Distinct().ToList();
        var names = await db.Set<Organisation.Body>().AsNoTracking().Where(b => councils.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return [.. sessions.Select(s =>
        {
            var isPublic = open.Contains(s.Id);
            return new SearchDocument(s.Id, $"{s.Label} — {names.GetValueOrDefault(s.CouncilId)}", Join(s.KindName, s.Venue, string.Join("\n", agenda[s.Id].Select(a => a.Title))),
                s.UnitId, s.CouncilId, s.StartsOn, s.IsPublic ? Open : Closed, $"/Sessions/Details/{s.Id}", isPublic ? $"/cong-khai/ky-hop/{s.Id}" : null,
                isPublic ? DateTimeOffset.UnixEpoch : null, [SearchAudience.Staff(s.UnitId)]);
        })];
    }
}

/// <summary>
/// Documents in the search by their number, summary and the text of their attached DOCX and PDF files. The
/// public finds the documents of a public session (as <see cref="PublicSessions.Documents"/>), so a session
/// closed later takes its documents out of the public's results in the same save.
/// </summary>
public sealed class DocumentSearch : SearchSource
{
    private readonly FileTexts _texts;

    public DocumentSearch(FileTexts texts)
    {
        _texts = texts;
        Watch<Document>(d => d.Id);
        Watch<Attachment>(a => a.DocumentId);
        Watch<Session>((db, sessions) =>
        {
            var ids = sessions.Select(s => s.Id).ToList();
            return db.Documents.Where(d => d.SessionId != null && ids.Contains(d.SessionId.Value)).Select(d => d.Id);
        });
    }

    public override string Kind => "document";

    public override string Name => "Văn bản";

    public override IReadOnlyDictionary<string, string> States { get; } = StatesOf<DocumentType>(DocumentTypes.Name);

    public override IQueryable<Guid> All(DongThuanDb db) => db.Documents.Select(d => d.Id);

    public override async Task<IReadOnlyList<SearchDocument>> DescribeAsync(DongThuanDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        var open = await PublicSessions.Documents(db).Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        var files = (await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.DocumentId)).ToListAsync(ct)).ToLookup(a => a.DocumentId);
        var texts = await _texts.OfAsync(db, files.SelectMany(g => g).Select(a => (a.Sha256, a.ContentType)), ct);
        return [.. documents.Select(d =>
        {
            var isPublic = open.Contains(d.Id);
            var page = d.SessionId is { } s ? $"/Sessions/Details/{s}#vb-{d.Id}" : "/Sessions";
            return new SearchDocument(d.Id, $"{d.Symbol} — {d.Summary}", Join([DocumentTypes.Name(d.Type), .. files[d.Id].Select(f => texts.GetValueOrDefault(f.Sha256))]),
                d.UnitId, d.IssuerBodyId, d.IssuedOn, d.Type.ToString(), page, isPublic ? $"/cong-khai/ky-hop/{d.SessionId}#vb-{d.Id}" : null,
                isPublic ? DateTimeOffset.UnixEpoch : null, [SearchAudience.Staff(d.UnitId)]);
        })];
    }
}
