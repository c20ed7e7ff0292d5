using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace PmoGraph.Api.Store;

/// <summary>
/// Tells EF Core that a statement <see cref="SqliteCommandInterrupt"/> stopped because its token fired is a cancellation,
/// as an <see cref="OperationCanceledException"/> is: logged as a cancelled command, not as a failed one with its stack.
/// </summary>
internal sealed class SqliteInterruptDetector : IExceptionDetector
{
    public bool IsCancellation(Exception exception, CancellationToken cancellationToken = default) =>
        exception is OperationCanceledException
        || (exception is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_INTERRUPT } && cancellationToken.IsCancellationRequested);
}
