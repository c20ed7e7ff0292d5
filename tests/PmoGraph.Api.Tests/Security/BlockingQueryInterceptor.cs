using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Api.Tests.Security;

/// <summary>
/// Once armed, holds every query until it is cancelled (to test the timeout), fails it (to test masking), or replaces it
/// with a statement SQLite would run for hours (to test that the timeout stops the store's own work).
/// </summary>
public sealed class BlockingQueryInterceptor : DbCommandInterceptor
{
    public const string Secret = "SQLITE-SECRET-DETAIL no such table: salaries";

    public bool Block { get; set; }

    public bool Fail { get; set; }

    /// <summary>Replaces each query with a recursive count that SQLite steps through for hours unless interrupted.</summary>
    public bool Endless { get; set; }

    /// <summary>Completed with how long the endless statement ran, once SQLite stopped it (cancelled, or failed as interrupted).</summary>
    public TaskCompletionSource<TimeSpan> EndlessStopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DbCommand? _endless;

    /// <summary>Completed when a held command's cancellation token fired.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Fail)
        {
            throw new Microsoft.Data.Sqlite.SqliteException(Secret + " in " + command.CommandText, 1);
        }

        if (Endless)
        {
            command.CommandText = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000000) SELECT count(*) FROM n";
            command.Parameters.Clear();
            _endless = command;
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

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (command == _endless && eventData?.Exception is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_INTERRUPT })
        {
            EndlessStopped.TrySetResult(eventData.Duration);
        }

        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (command == _endless && eventData is not null)
        {
            EndlessStopped.TrySetResult(eventData.Duration);
        }

        return Task.CompletedTask;
    }
}
