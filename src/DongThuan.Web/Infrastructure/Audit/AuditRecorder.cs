using System.Text.Json;
using System.Text.Json.Serialization;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DongThuan.Web.Infrastructure.Audit;

/// <summary>Turns the pending changes of a unit of work into audit entries (before → after).</summary>
internal static class AuditRecorder
{
    // Secrets of the identity store never go into the trail; the trail only says that they changed.
    private static readonly HashSet<string> RedactedProperties =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static List<AuditEntry> Capture(ChangeTracker tracker, ICurrentActor actor, DateTimeOffset now)
    {
        var entries = new List<AuditEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry or AuditChainHead or Database.IDerivedRow)
            {
                continue;
            }

            if (entry.State == EntityState.Deleted && entry.Entity is Entity)
            {
                throw new InvalidOperationException(
                    $"{entry.Metadata.ClrType.Name} records are archived, never deleted.");
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Modified when IsArchiving(entry) => AuditAction.Archived,
                EntityState.Modified => AuditAction.Updated,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }

            var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
            foreach (var property in entry.Properties)
            {
                if (entry.State == EntityState.Modified && !property.IsModified)
                {
                    continue;
                }

                var name = property.Metadata.Name;
                // Personal data (petitioners' names, contacts, texts) is marked [PersonalData]: the trail keeps that it changed, not what it was.
                var redacted = RedactedProperties.Contains(name)
                    || property.Metadata.PropertyInfo?.IsDefined(typeof(Microsoft.AspNetCore.Identity.PersonalDataAttribute), inherit: true) == true;
                object? before = entry.State == EntityState.Added ? null : property.OriginalValue;
                object? after = property.CurrentValue;
                if (entry.State == EntityState.Modified && Equals(before, after))
                {
                    continue;
                }

                changes[name] = redacted ? ["***", "***"] : [before, after];
            }

            if (changes.Count == 0)
            {
                continue;
            }

            var key = entry.Metadata.FindPrimaryKey()!;
            var id = string.Join("|", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
            entries.Add(AuditEntry.Pending(now, actor.UserId, actor.Name, action.Value,
                entry.Metadata.ClrType.Name, id, JsonSerializer.Serialize(changes, Json)));
        }

        return entries;
    }

    private static bool IsArchiving(EntityEntry entry) =>
        entry.Entity is IArchivable
        && entry.Property(nameof(IArchivable.ArchivedAt)) is { IsModified: true, OriginalValue: null, CurrentValue: not null };
}
