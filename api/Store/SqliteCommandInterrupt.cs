using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmoGraph.Api.Store;

/// <summary>
/// Makes a cancelled token stop a running SQLite statement, as Npgsql's cancellation does on PostgreSQL.
/// Microsoft.Data.Sqlite runs its async methods synchronously and its <c>SqliteCommand.Cancel()</c> does nothing, so a
/// statement, once stepping, would run to its end whatever the execution timeout or the client did. From the moment a
/// command starts until it ends (for a query, until its reader is disposed, since each row read is another step), the
/// token it was started with interrupts its connection (<c>sqlite3_interrupt</c>, safe from another thread), and the
/// statement fails with <c>SQLITE_INTERRUPT</c> at its next opportunity. The hook is removed before the connection can
/// close, so an interrupt never reaches a connection handed back to the pool.
/// </summary>
internal sealed class SqliteCommandInterrupt : DbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbCommand, StrongBox<CancellationTokenRegistration>> _armed = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Arm(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Arm(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Arm(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Disarm(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Disarm(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Disarm(command);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Disarm(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Disarm(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Disarm(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Disarm(command);
        return Task.CompletedTask;
    }

    private void Arm(DbCommand command, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection connection)
        {
            return;
        }

        Disarm(command);
        var registration = cancellationToken.UnsafeRegister(
            static state =>
            {
                // Null once the connection is closed; it cannot close while this runs (disarming waits for it).
                if (((SqliteConnection)state!).Handle is { } handle)
                {
                    SQLitePCL.raw.sqlite3_interrupt(handle);
                }
            },
            connection);
        _armed.AddOrUpdate(command, new StrongBox<CancellationTokenRegistration>(registration));
    }

    private void Disarm(DbCommand command)
    {
        if (_armed.TryGetValue(command, out var armed))
        {
            _armed.Remove(command);

            // Waits for a callback already running, so no interrupt is in flight once the command is done.
            armed.Value.Dispose();
        }
    }
}
