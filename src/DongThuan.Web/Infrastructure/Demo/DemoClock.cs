namespace DongThuan.Web.Infrastructure.Demo;

/// <summary>
/// A clock the demo sets to the day of each step it replays, so that timelines and "today" read as they
/// did then (the steps' own rules, which compare with today, are then checked as on that day).
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    /// <summary>Nine in the morning, Vietnam time, on <paramref name="day"/>.</summary>
    public DemoClock On(DateOnly day)
    {
        _now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
        return this;
    }

    public override DateTimeOffset GetUtcNow() => _now;
}

/// <summary>The demo's steps are recorded under the name of the office that would have taken them.</summary>
public sealed class DemoActor(string name) : Domain.ICurrentActor
{
    public string? UserId => null;

    public string Name => name;
}
