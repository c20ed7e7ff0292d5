using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Infrastructure.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Api.Store;

/// <summary>
/// SQLite connections kept open for the compiled read path, each with the statements it ran kept prepared.
/// <para>
/// A SQLite statement is prepared against one native connection and stays valid while that connection stays open and
/// registers no function. Microsoft.Data.Sqlite unregisters a connection's functions when it closes and registers them
/// again when it opens (EF Core's <c>ef_compare</c>, <c>ef_sum</c>, ...; ours), which expires every prepared statement,
/// and EF Core closes a context's connection after each command; so every request prepared its statements again:
/// half of SQLite's part of a small request. The compiled path builds its statements with the request's context (its
/// row rules, parameters and interceptors) and runs them on a connection leased from here for the request
/// (<see cref="Lease"/>): opened once by a context of this store's own options (so it has EF Core's functions and the
/// interceptors' <c>lower</c>), never closed while kept, and holding at most <see cref="StatementsPerConnection"/>
/// prepared commands, least recently used out first (<see cref="SqliteKeptStatements"/>).
/// </para>
/// <para>
/// At most <c>Database:SqliteReadConnections</c> connections are kept; a request finding none free runs on its own
/// context's connection, as without this class. A kept connection holds no transaction and no lock between statements
/// (each runs in autocommit and is reset when its reader is disposed), so it never blocks a writer. Only a store in a file qualifies
/// (<see cref="Supports"/>): an in-memory database is private to one connection. Disposing this object (the host's
/// container does, at shutdown) closes every connection, those leased at that moment when they come back.
/// </para>
/// </summary>
internal sealed class SqliteReadConnections : IReadConnections, IDisposable
{
    /// <summary>How many prepared commands each kept connection holds.</summary>
    public const int StatementsPerConnection = 16;

    private readonly DbContextOptions<PmoDbContext> _options;
    private readonly SqliteKeptStatements _statements;
    private readonly int _size;
    private readonly Stack<KeptConnection> _idle = new();
    private readonly Lock _lock = new();
    private int _open;
    private bool _disposed;

    /// <summary>
    /// Keeps at most <paramref name="size"/> connections to the store of <paramref name="options"/>; none when the store
    /// is not a SQLite file (<see cref="Supports"/>), so every lease is then null.
    /// </summary>
    public SqliteReadConnections(DbContextOptions<PmoDbContext> options, SqliteKeptStatements statements, int size)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        _options = RowRulesOptions.Of(options, restricted: false);
        _statements = statements;
        _size = Supports(options) ? size : 0;
    }

    /// <summary>Connections open now, leased or idle.</summary>
    public int OpenConnections
    {
        get
        {
            lock (_lock)
            {
                return _open;
            }
        }
    }

    /// <summary>
    /// Whether contexts of <paramref name="options"/> open a SQLite database in a file from a connection string (not a
    /// connection the caller made, not an in-memory database, which each connection would see empty).
    /// </summary>
#pragma warning disable EF1001 // SqliteOptionsExtension is the only place the configured connection and its string are readable.
    public static bool Supports(DbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FindExtension<SqliteOptionsExtension>() is not { Connection: null, ConnectionString: { } connectionString })
        {
            return false;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrWhiteSpace(builder.DataSource)
            && !string.Equals(builder.DataSource.Trim(), ":memory:", StringComparison.OrdinalIgnoreCase)
            && !builder.DataSource.StartsWith("file::memory:", StringComparison.OrdinalIgnoreCase);
    }
#pragma warning restore EF1001

    /// <summary>
    /// A kept connection for one request's statements, to be disposed (returned) when they are done; null when all
    /// are leased or this object is disposed, and the request runs on its own context's connection.
    /// </summary>
    public IReadConnectionLease? Lease()
    {
        if (_size == 0)
        {
            return null;
        }

        lock (_lock)
        {
            if (_disposed)
            {
                return null;
            }

            if (_idle.TryPop(out var idle))
            {
                return idle;
            }

            if (_open >= _size)
            {
                return null;
            }

            _open++;
        }

        try
        {
            return new KeptConnection(this, new PmoDbContext(_options), _statements);
        }
        catch
        {
            lock (_lock)
            {
                _open--;
            }

            throw;
        }
    }

    private void Return(KeptConnection connection)
    {
        lock (_lock)
        {
            if (!_disposed && connection.IsOpen)
            {
                _idle.Push(connection);
                return;
            }

            _open--;
        }

        connection.Close();
    }

    /// <summary>Closes the idle connections now and every leased one when it is returned.</summary>
    public void Dispose()
    {
        KeptConnection[] idle;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
            _open -= idle.Length;
        }

        foreach (var connection in idle)
        {
            connection.Close();
        }
    }

    /// <summary>A connection leased for one request; disposing it returns it (or closes it, when its pool is gone or it broke).</summary>
    private sealed class KeptConnection : IReadConnectionLease
    {
        private readonly SqliteReadConnections _owner;
        private readonly PmoDbContext _context;
        private readonly SqliteKeptStatements _statements;
        private readonly DbConnection _connection;

        internal KeptConnection(SqliteReadConnections owner, PmoDbContext context, SqliteKeptStatements statements)
        {
            _owner = owner;
            _context = context;
            _statements = statements;
            try
            {
                // Opened explicitly: EF Core then never closes it after a command.
                context.Database.OpenConnection();
                _connection = context.Database.GetDbConnection();
                Connection = context.GetService<IRelationalConnection>();
                statements.Keep(_connection);
            }
            catch
            {
                context.Dispose();
                throw;
            }
        }

        public IRelationalConnection Connection { get; }

        internal bool IsOpen => _connection.State == System.Data.ConnectionState.Open;

        /// <summary>Returns the connection to its pool.</summary>
        public void Dispose() => _owner.Return(this);

        internal void Close()
        {
            _statements.Forget(_connection);
            _context.Dispose();
        }
    }
}

/// <summary>
/// Runs the commands sent to a kept connection (<see cref="SqliteReadConnections"/>) as prepared commands of that
/// connection, one per SQL text, at most <see cref="SqliteReadConnections.StatementsPerConnection"/> per connection.
/// Registered last among a context's interceptors, so the others (statement counters, SQLite's interrupt on
/// cancellation) see the command EF Core made first; this one then hands EF Core the reader of the kept command, bound
/// to the same parameter objects. Commands on any other connection run as EF Core made them.
/// </summary>
internal sealed class SqliteKeptStatements : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbConnection, PreparedCommands> _kept = new(ReferenceEqualityComparer.Instance);

    /// <summary>Connections whose commands are kept now.</summary>
    public int Connections => _kept.Count;

    internal void Keep(DbConnection connection) => _kept[connection] = new PreparedCommands((SqliteConnection)connection);

    internal void Forget(DbConnection connection)
    {
        if (_kept.TryRemove(connection, out var commands))
        {
            commands.Dispose();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        ArgumentNullException.ThrowIfNull(command);
        return !result.HasResult && command.Connection is { } connection && _kept.TryGetValue(connection, out var commands)
            ? InterceptionResult<DbDataReader>.SuppressWithResult(commands.ExecuteReader(command))
            : result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    /// <summary>One connection's prepared commands, most recently used last; used by one request at a time (the lease).</summary>
    private sealed class PreparedCommands(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _byText = new(StringComparer.Ordinal);
        private readonly LinkedList<SqliteCommand> _order = new();

        public SqliteDataReader ExecuteReader(DbCommand source)
        {
            if (source.Transaction is not null)
            {
                throw new InvalidOperationException("A kept SQLite connection runs no transaction.");
            }

            SqliteCommand command;
            if (_byText.TryGetValue(source.CommandText, out var node))
            {
                _order.Remove(node);
                _order.AddLast(node);
                command = node.Value;
                command.Parameters.Clear();
            }
            else
            {
                if (_byText.Count >= SqliteReadConnections.StatementsPerConnection && _order.First is { } oldest)
                {
                    _order.RemoveFirst();
                    _byText.Remove(oldest.Value.CommandText);
                    oldest.Value.Dispose();
                }

                command = connection.CreateCommand();
                command.CommandText = source.CommandText;
                _byText.Add(command.CommandText, _order.AddLast(command));
            }

            command.CommandTimeout = source.CommandTimeout;
            // EF Core's parameter objects as they are: a SQLite parameter belongs to no command, and a copy through its
            // properties would differ (its size, read back, is the value's length when unset).
            foreach (DbParameter parameter in source.Parameters)
            {
                command.Parameters.Add(parameter);
            }

            return command.ExecuteReader();
        }

        public void Dispose()
        {
            foreach (var command in _order)
            {
                command.Dispose();
            }

            _order.Clear();
            _byText.Clear();
        }
    }
}
