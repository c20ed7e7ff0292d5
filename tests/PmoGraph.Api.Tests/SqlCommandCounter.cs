using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Api.Tests;

/// <summary>Counts and records the SQL statements EF Core sends, to show a query is batched rather than N+1.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly List<string> _texts = [];
    private int _count;

    public int Count => Volatile.Read(ref _count);

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
        }
    }

    private void Record(DbCommand command)
    {
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
