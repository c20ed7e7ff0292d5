using Microsoft.EntityFrameworkCore.Storage;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Connections the compiled read path may run a request's statements on instead of its context's own: the store's
/// (a service, optional) when its connections cost more to open than to keep, as SQLite's do. The statements are
/// still built and sent by the request's context (its row rules, parameters, interceptors); only the connection differs.
/// </summary>
public interface IReadConnections
{
    /// <summary>A connection for one request's statements, disposed when they are done; null to use the context's own.</summary>
    IReadConnectionLease? Lease();
}

/// <summary>A connection leased from <see cref="IReadConnections"/>; disposing it gives it back.</summary>
public interface IReadConnectionLease : IDisposable
{
    /// <summary>The connection, open, with no transaction.</summary>
    IRelationalConnection Connection { get; }
}
