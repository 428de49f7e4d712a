namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// A kind of obligation a module creates ("question.answer", "petition.answer"…): its name for people, and
/// where its subject is read. Modules register their kinds, so the board lists every kind without knowing
/// the modules (the kernel depends on none of them).
/// </summary>
public sealed record ObligationKind(string Code, string Name, Func<Guid, string>? SubjectUrl = null, Func<string, string>? StateName = null);

public static class ObligationKindRegistration
{
    public static IServiceCollection AddObligationKind(this IServiceCollection services, string code, string name, Func<Guid, string>? subjectUrl = null,
        Func<string, string>? stateName = null) =>
        services.AddSingleton(new ObligationKind(code, name, subjectUrl, stateName));
}

/// <summary>The registered kinds, by code; an unregistered code still shows, under its code.</summary>
public sealed class ObligationCatalogue(IEnumerable<ObligationKind> kinds)
{
    private readonly Dictionary<string, ObligationKind> _kinds = kinds.ToDictionary(k => k.Code, StringComparer.Ordinal);

    public IReadOnlyCollection<ObligationKind> All => _kinds.Values;

    public string NameOf(string code) => _kinds.TryGetValue(code, out var k) ? k.Name : code;

    public string? SubjectUrl(Obligation o) => _kinds.TryGetValue(o.Kind, out var k) ? k.SubjectUrl?.Invoke(o.SubjectId) : null;

    /// <summary>A timeline state in words (the owning module's name for it), or as stored.</summary>
    public string StateName(Obligation o, string state) => _kinds.TryGetValue(o.Kind, out var k) && k.StateName is { } name ? name(state) : state;
}
