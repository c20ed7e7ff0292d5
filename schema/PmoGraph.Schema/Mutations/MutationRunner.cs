using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Mutations;

/// <summary>
/// Runs a mutation as one transaction: the handler's changes and their audit entries commit together or not at all.
/// Expected failures come back as typed errors; the store is left exactly as it was. Inside a transaction the caller
/// already holds (the demo loader closing its months), the mutation is a savepoint of it instead, undone alone on failure.
/// </summary>
public sealed partial class MutationRunner(PmoDbContext db, TimeProvider clock, WriteRules writeRules, ILogger<MutationRunner> logger)
{
    /// <summary>Runs <paramref name="handler"/> for <paramref name="action"/> on behalf of <paramref name="user"/>.</summary>
    public async Task<Payload<TEntity>> RunAsync<TEntity>(
        string action,
        ClaimsPrincipal? user,
        Func<MutationScope, CancellationToken, Task<TEntity>> handler,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(handler);
        var actor = ActorOf(user);
        if (WriteRules.RefuseRole(user) is { } refused)
        {
            return new Payload<TEntity>(null, [refused]);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var ambient = db.Database.CurrentTransaction;
            await using var owned = ambient is null ? await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false) : null;
            var transaction = new Transaction(owned ?? ambient!, owned is null);
            if (transaction.IsSavepoint)
            {
                await transaction.Inner.CreateSavepointAsync(Savepoint, ct).ConfigureAwait(false);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            try
            {
                var scope = new MutationScope(db, actor, now);
                var entity = await handler(scope, ct).ConfigureAwait(false);
                scope.Input.ThrowIfInvalid();
                if (await writeRules.CheckAsync(user, ct).ConfigureAwait(false) is { } notAllowed)
                {
                    MutationScope.Fail(notAllowed);
                }

                var audit = AuditTrail.Capture(db.ChangeTracker);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                audit.Write(db, actor, action, now);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                if (transaction.IsSavepoint)
                {
                    await transaction.Inner.ReleaseSavepointAsync(Savepoint, ct).ConfigureAwait(false);
                }
                else
                {
                    await transaction.Inner.CommitAsync(ct).ConfigureAwait(false);
                }

                return new Payload<TEntity>(entity, null);
            }
            catch (MutationFailedException failed)
            {
                return await RollBackAsync<TEntity>(transaction, failed.Errors, ct).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException conflict)
            {
                var entry = conflict.Entries.FirstOrDefault(e => e.Entity is VersionedEntity);
                MutationError error = entry?.Entity is VersionedEntity stale
                    ? MutationScope.Stale(stale, (long)entry.Property(nameof(VersionedEntity.Version)).OriginalValue!, null)
                    : new ConcurrencyError("The row was changed by someone else. Read it again and retry.", "unknown", 0, 0, null);
                return await RollBackAsync<TEntity>(transaction, [error], ct).ConfigureAwait(false);
            }
            catch (DbUpdateException constraint)
            {
                LogConstraint(logger, action, constraint);
                MutationError error = new ValidationError(
                    "The change conflicts with data already stored (a duplicate or a reference to a missing row).", ["input"], "constraint");
                return await RollBackAsync<TEntity>(transaction, [error], ct).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Payload<TEntity>> RollBackAsync<TEntity>(Transaction transaction, IReadOnlyList<MutationError> errors, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (transaction.IsSavepoint)
        {
            await transaction.Inner.RollbackToSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await transaction.Inner.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
        return new Payload<TEntity>(null, errors);
    }

    private const string Savepoint = "pmo_mutation";

    private readonly record struct Transaction(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction Inner, bool IsSavepoint);

    private static string ActorOf(ClaimsPrincipal? user) =>
        user?.FindFirst("sub")?.Value ?? user?.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user?.Identity?.Name ?? "anonymous";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mutation {Action} broke a store constraint and was rolled back.")]
    private static partial void LogConstraint(ILogger logger, string action, Exception exception);
}
