namespace DongThuan.Web.Infrastructure.Domain;

/// <summary>Who is acting now: the signed-in user of the request, or the system (seeding, jobs).</summary>
public interface ICurrentActor
{
    string? UserId { get; }

    string Name { get; }
}

public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();

    public string? UserId => null;

    public string Name => "system";
}
