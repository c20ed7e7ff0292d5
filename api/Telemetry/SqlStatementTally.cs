using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Api.Telemetry;

/// <summary>
/// Counts the SQL commands EF Core sends while a GraphQL operation runs, for its span. The count lives in the
/// operation's async flow, so concurrent requests never share one; outside a traced operation nothing is counted.
/// </summary>
internal sealed class SqlStatementTally : DbCommandInterceptor
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    /// <summary>Starts counting for the calling flow and what it awaits; read the box when the operation ends.</summary>
    public static StrongBox<int> Begin() => Current.Value = new StrongBox<int>();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    private static void Count(DbCommand command)
    {
        // Differential mode's second answer of a query is a check beside the request, not its work.
        if (command.CommandText.StartsWith(PmoGraph.Schema.Querying.CompiledReadStrategy.DifferentialTag, StringComparison.Ordinal))
        {
            return;
        }

        if (Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }
}
