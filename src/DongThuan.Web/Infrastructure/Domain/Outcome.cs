namespace DongThuan.Web.Infrastructure.Domain;

/// <summary>
/// An expected refusal of a domain rule. <see cref="Message"/> is the Vietnamese text, which is also
/// the resource key of its translation, so a page shows it in the reader's language.
/// </summary>
public sealed record Refusal(string Code, string Message);

/// <summary>The result of a rule on an entity: done, or refused for a reason the user can read.</summary>
public readonly record struct Outcome(Refusal? Refusal)
{
    public static Outcome Done => new(null);

    public bool Succeeded => Refusal is null;

    public static Outcome Refuse(string code, string message) => new(new Refusal(code, message));

    public static implicit operator Outcome(Refusal refusal) => new(refusal);
}
