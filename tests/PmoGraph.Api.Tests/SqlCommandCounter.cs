using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Api.Tests;

/// <summary>Counts and records the SQL statements EF Core sends, to show a query is batched rather than N+1.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly List<string> _texts = [];
    private int _count;
    private int _differential;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The statements differential mode's compiled path sent since the last <see cref="Reset"/> (not in <see cref="Count"/>).</summary>
    public int DifferentialCount => Volatile.Read(ref _differential);

    /// <summary>The text of each statement sent since the last <see cref="Reset"/>, in order.</summary>
    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_texts)
            {
                return [.. _texts];
            }
        }
    }

    public void Reset()
    {
        lock (_texts)
        {
            _texts.Clear();
            Interlocked.Exchange(ref _count, 0);
            Interlocked.Exchange(ref _differential, 0);
        }
    }

    private void Record(DbCommand command)
    {
        // Differential mode's second answer of a query is a check beside the request, not its work.
        if (command.CommandText.StartsWith(PmoGraph.Schema.Querying.CompiledReadStrategy.DifferentialTag, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _differential);
            return;
        }

        lock (_texts)
        {
            _texts.Add(command.CommandText);
            Interlocked.Increment(ref _count);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
