using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Benchmarks.Hosting;

/// <summary>
/// Counts the SQL statements a system sends: as an EF Core interceptor for PmoGraph and the peer, and through
/// <see cref="Add"/> for the floor's Dapper calls. It also counts EF Core query compilations (query cache misses):
/// a warm server that compiles on every request pays for it in latency and allocations.
/// </summary>
internal sealed class SqlStatementCounter : DbCommandInterceptor, IQueryExpressionInterceptor
{
    private long _count;
    private long _compilations;

    public long Count => Interlocked.Read(ref _count);

    public long Compilations => Interlocked.Read(ref _compilations);

    /// <summary>While set, each statement's SQL and duration is kept in <see cref="Traced"/> (<c>--show-sql on</c>).</summary>
    public bool Tracing { get; set; }

    public ConcurrentQueue<(string Sql, TimeSpan Duration)> Traced { get; } = new();

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Trace(command, eventData);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Trace(command, eventData);
        return base.ReaderExecuted(command, eventData, result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Trace(command, eventData);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }

    private void Trace(DbCommand command, CommandExecutedEventData eventData)
    {
        if (Tracing)
        {
            Traced.Enqueue((command.CommandText, eventData.Duration));
        }
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        Interlocked.Increment(ref _compilations);
        return queryExpression;
    }

    public void Add() => Interlocked.Increment(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add();
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
