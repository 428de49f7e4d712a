using Microsoft.EntityFrameworkCore;
using DongThuan.Web.Infrastructure.Database;

namespace DongThuan.Web.Infrastructure.Demo;

/// <summary>
/// A module's part of the demo, registered by the module itself (<see cref="DemoRegistration.AddDemoPart"/>), so the
/// seeder knows no module. Parts run in <see cref="Order"/>; the organisation comes first and shares what it made.
/// </summary>
/// <param name="Welcome">A line the start-up log prints while the demo is on (how to sign in), or null.</param>
public sealed record DemoPart(int Order, string Name, Func<DemoRun, CancellationToken, Task> SeedAsync, string? Welcome = null);

/// <summary>One seeding of the demo: its database, its services, and what earlier parts shared with later ones.</summary>
public sealed class DemoRun(DongThuanDb db, IServiceProvider services)
{
    private readonly Dictionary<Type, object> _shared = [];

    public DongThuanDb Db => db;

    public T Service<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>Hands something an earlier part made (the organisation) to the parts after it.</summary>
    public void Share<T>(T value)
        where T : notnull => _shared[typeof(T)] = value;

    public T Shared<T>()
        where T : notnull => _shared.TryGetValue(typeof(T), out var value)
            ? (T)value
            : throw new InvalidOperationException($"No demo part before this one shared a {typeof(T).Name}.");

    /// <summary>
    /// Lets go of what a finished part made, keeping only the entities shared with later parts. Every save checks every
    /// entity the context tracks for changes, so a context that kept the whole demo made seeding quadratic: two thirds of
    /// its time went on re-reading records no later step touched. A part must have saved all it made.
    /// </summary>
    public void Forget(string part)
    {
        if (db.ChangeTracker.HasChanges())
        {
            var unsaved = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).Select(e => e.Metadata.ClrType.Name).Distinct();
            throw new InvalidOperationException($"Demo ({part}): the part ended with changes it did not save ({string.Join(", ", unsaved)}).");
        }

        db.ChangeTracker.Clear();
        foreach (var entity in _shared.Values.SelectMany(EntitiesIn))
        {
            db.Attach(entity);
        }
    }

    // The entities a shared value holds: its properties that are entities, or lists of them.
    private IEnumerable<object> EntitiesIn(object shared)
    {
        foreach (var property in shared.GetType().GetProperties())
        {
            switch (property.GetValue(shared))
            {
                case { } one when db.Model.FindEntityType(one.GetType()) is not null:
                    yield return one;
                    break;
                case System.Collections.IEnumerable many and not string:
                    foreach (var item in many)
                    {
                        if (item is not null && db.Model.FindEntityType(item.GetType()) is not null)
                        {
                            yield return item;
                        }
                    }

                    break;
            }
        }
    }
}

public static class DemoRegistration
{
    public static IServiceCollection AddDemoPart(this IServiceCollection services, int order, string name, Func<DemoRun, CancellationToken, Task> seed, string? welcome = null) =>
        services.AddSingleton(new DemoPart(order, name, seed, welcome));
}

/// <summary>The demo is made through the use cases, so a refusal there is a bug in the demo: it stops the seeding, saying what and why.</summary>
public static class DemoOutcome
{
    public static void Require(this Domain.Outcome outcome, string what)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo ({what}): {outcome.Refusal}");
        }
    }
}
