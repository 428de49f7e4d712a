namespace DongThuan.Web.Infrastructure.Domain;

/// <summary>
/// Base of every domain record. Ids are time-ordered GUIDs (v7) made by the application, so a
/// record's id is known before it is saved (the audit entry can name it in the same transaction)
/// and ids stay unique across the instances and databases of one deployment.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}

/// <summary>Records are archived, never deleted: the audit trail and old reports keep pointing at them.</summary>
public interface IArchivable
{
    DateTimeOffset? ArchivedAt { get; }
    void Archive(DateTimeOffset at);
}

/// <summary>
/// A row owned by an administrative unit carries that unit's id. One deployment can serve a whole
/// city; the same key scopes permissions and would be the distribution key of a sharded database.
/// </summary>
public interface IUnitOwned
{
    Guid UnitId { get; }
}
