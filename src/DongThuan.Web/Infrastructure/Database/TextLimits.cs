using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DongThuan.Web.Infrastructure.Database;

/// <summary>
/// The longest text each field takes is its column's length in the model (each entity's configuration,
/// <c>HasMaxLength</c>), listed for users in docs/text-limits.md, which a test keeps equal to the model. The entity
/// rules refuse the texts people commonly write too long, with a message of their own; this check, before every
/// save, is the rule for every other text, so that a field no rule names is refused alike on both engines
/// (PostgreSQL would fail the statement, SQLite would store it) and before anything is written.
/// </summary>
public static class TextLimits
{
    public static readonly Refusal TooLong = new("text-too-long", "Trường «{0}» dài quá {1} ký tự; hãy rút gọn rồi gửi lại.");

    /// <summary>Throws <see cref="TextTooLongException"/> for the first added or changed text longer than its column.</summary>
    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType == typeof(string)
                    && property.Metadata.GetMaxLength() is { } max
                    && property.CurrentValue is string { Length: var length }
                    && length > max
                    && (entry.State == EntityState.Added || property.IsModified))
                {
                    throw new TextTooLongException(entry.Metadata.ClrType.Name, property.Metadata.Name, max);
                }
            }
        }
    }

    /// <summary>Every text column of the model's own records with its limit (null when it has none), for the documentation.</summary>
    public static IEnumerable<(string Module, string Record, string Field, int? Max)> All(IModel model) =>
        from entity in model.GetEntityTypes()
        where entity.ClrType.Namespace?.StartsWith("DongThuan.Web", StringComparison.Ordinal) == true && !entity.IsOwned()
        from property in entity.GetProperties()
        where property.ClrType == typeof(string)
        let module = entity.ClrType.Namespace!.Split('.') is var parts && parts.Length > 3 ? parts[3] : parts[^1]
        orderby module, entity.ClrType.Name, property.Name
        select (module, entity.ClrType.Name, property.Name, property.GetMaxLength());
}

/// <summary>A text longer than its column: the caller's mistake, answered 422 with <see cref="TextLimits.TooLong"/>.</summary>
public sealed class TextTooLongException(string record, string field, int max)
    : Exception($"{record}.{field} is longer than {max} characters.")
{
    /// <summary>The field as the message names it: record and property, the names the documentation lists.</summary>
    public string Field { get; } = $"{record}.{field}";

    public int Max { get; } = max;
}
