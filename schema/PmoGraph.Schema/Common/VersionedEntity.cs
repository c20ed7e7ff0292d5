namespace PmoGraph.Schema.Common;

/// <summary>
/// A row people change. <see cref="Version"/> is the optimistic concurrency token a client sends back with an update;
/// the store bumps it on every save.
/// </summary>
public abstract class VersionedEntity : Entity
{
    public long Version { get; set; }
}
