using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Search;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Petitions and their answers in the search. Only redacted words are indexed, whatever the kind: the
/// petitioner's name, email, phone and address (and any email or phone number) are taken out before a word
/// reaches the index, so no search, by anyone, finds a petition by who sent it, and a denunciation's author
/// is never in the index at all. The office of the council finds every petition; the agency finds what was
/// routed to it (as <see cref="PetitionAccess"/>); the public finds the answers <see cref="PublicAnswers"/> publishes.
/// </summary>
public sealed class PetitionsSearch : SearchSource
{
    public PetitionsSearch()
    {
        Watch<Petition>(p => p.Id);
        Watch<PetitionerIdentity>(i => i.PetitionId);
    }

    public override string Kind => "petition";

    public override string Name => "Kiến nghị";

    public override IReadOnlyDictionary<string, string> States { get; } = StatesOf<PetitionState>(PetitionNames.Of);

    public override IQueryable<Guid> All(DongThuanDb db) => db.Petitions.Select(p => p.Id);

    public override async Task<IReadOnlyList<SearchDocument>> DescribeAsync(DongThuanDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        Guid[] wanted = [.. ids];
        var petitions = await Described.For(db)(db, wanted).ToListAsync(ct);
        // Public when the entity's own rule and the public answers' query both say so; a petition the rule already
        // refuses (every new one) needs no look in the database.
        var publishable = petitions.Where(p => p.IsPublishable).Select(p => p.Id).ToList();
        var published = publishable.Count == 0 ? [] : (await PublicAnswers.Of(db).Where(p => publishable.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var identities = (await IdentitiesOf.For(db)(db, wanted).ToListAsync(ct)).ToLookup(i => i.PetitionId);
        return [.. petitions.Select(p => Document(p, identities[p.Id], published.Contains(p.Id)))];
    }

    /// <summary>
    /// Petitions just received, from the rows their save wrote: the petition and its petitioner are inserted together,
    /// so the save holds every identity of a new petition. One that could already be published (the rule says no for
    /// every new petition) is left to <see cref="DescribeAsync"/>, which asks the public answers' query.
    /// </summary>
    public override IReadOnlyList<SearchDocument>? DescribeInserted(IReadOnlyCollection<Guid> ids, IReadOnlyDictionary<Type, List<object>> saved)
    {
        var petitions = saved.TryGetValue(typeof(Petition), out var rows) ? rows.Cast<Petition>().Where(p => ids.Contains(p.Id)).ToList() : [];
        if (petitions.Count != ids.Count || petitions.Any(p => p.IsPublishable))
        {
            return null;
        }

        var identities = (saved.TryGetValue(typeof(PetitionerIdentity), out var people) ? people.Cast<PetitionerIdentity>() : []).ToLookup(i => i.PetitionId);
        return [.. petitions.Select(p => Document(p, identities[p.Id], isPublic: false))];
    }

    private static SearchDocument Document(Petition p, IEnumerable<PetitionerIdentity> identities, bool isPublic)
    {
        var identifying = identities.SelectMany(i => i.Identifying).ToList();
        string Clean(string? s) => s is null ? "" : Redaction.Apply(s, identifying);
        List<string> audience = [SearchAudience.Office(p.UnitId)];
        if (p.AgencyBodyId is { } agency && p.State is not (PetitionState.Received or PetitionState.Merged))
        {
            audience.Add(SearchAudience.Executive(agency));
        }

        // The agency's copy (a denunciation's redacted one) where there is one: what every reader of the entry may read.
        return new SearchDocument(p.Id, Clean(p.Title), Join(Clean(p.RoutedContent ?? p.Content), p.Ward, Clean(p.Answer)), p.UnitId, p.AgencyBodyId,
            p.ReceivedOn, p.State.ToString(), $"/Petitions/Details/{p.Id}", isPublic ? $"/Petitions/Answers?id={p.Id}" : null,
            isPublic ? DateTimeOffset.UnixEpoch : null, audience);
    }

    // Compiled (ADR 0045): a petition received is described for the index inside its save, in the writer's turn (ADR 0058).
    private static readonly CompiledPerEngine<Func<DongThuanDb, Guid[], IAsyncEnumerable<Petition>>> Described =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, Guid[] ids) => db.Set<Petition>().AsNoTracking().Where(p => ids.Contains(p.Id))));

    private static readonly CompiledPerEngine<Func<DongThuanDb, Guid[], IAsyncEnumerable<PetitionerIdentity>>> IdentitiesOf =
        new(() => EF.CompileAsyncQuery((DongThuanDb db, Guid[] ids) => db.Set<PetitionerIdentity>().AsNoTracking().Where(i => ids.Contains(i.PetitionId))));
}
