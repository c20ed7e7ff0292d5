using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Api.Tests.Security;

/// <summary>Once armed, holds every query until it is cancelled (to test the timeout), or fails it (to test masking).</summary>
public sealed class BlockingQueryInterceptor : DbCommandInterceptor
{
    public const string Secret = "SQLITE-SECRET-DETAIL no such table: salaries";

    public bool Block { get; set; }

    public bool Fail { get; set; }

    /// <summary>Completed when a held command's cancellation token fired.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Fail)
        {
            throw new Microsoft.Data.Sqlite.SqliteException(Secret + " in " + command.CommandText, 1);
        }

        if (Block)
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }
        }

        return result;
    }
}
