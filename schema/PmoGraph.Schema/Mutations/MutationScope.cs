using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Mutations;

/// <summary>
/// What a mutation handler works with: the request's store inside the mutation's transaction, who is acting and when,
/// and the checks that end the mutation with typed errors.
/// </summary>
public sealed class MutationScope(PmoDbContext db, string actor, DateTime now)
{
    public PmoDbContext Db => db;

    /// <summary>The signed-in subject making the change (recorded in the audit trail).</summary>
    public string Actor => actor;

    /// <summary>The instant of the mutation, UTC.</summary>
    public DateTime Now => now;

    /// <summary>Today's date, UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(now);

    /// <summary>Validation of the mutation's input; failures are collected and returned together.</summary>
    public InputValidation Input { get; } = new();

    /// <summary>Loads a row for change, or ends the mutation with a <see cref="NotFoundError"/>.</summary>
    public async Task<TEntity> FindAsync<TEntity>(int id, string field, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        return await db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new MutationFailedException(new NotFoundError(
                $"No {typeof(TEntity).Name} with id {id} exists (input field '{field}').", typeof(TEntity).Name, id));
    }

    /// <summary>Ends the mutation with a <see cref="NotFoundError"/> unless a row with <paramref name="id"/> exists.</summary>
    public async Task MustExistAsync<TEntity>(int? id, string field, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        if (id is { } value && !await db.Set<TEntity>().AnyAsync(e => e.Id == value, cancellationToken).ConfigureAwait(false))
        {
            throw new MutationFailedException(new NotFoundError(
                $"No {typeof(TEntity).Name} with id {value} exists (input field '{field}').", typeof(TEntity).Name, value));
        }
    }

    /// <summary>
    /// Checks the client's version against the row's and makes the save conditional on it, so a concurrent change
    /// between this read and the save is caught too.
    /// </summary>
    public void ExpectVersion(VersionedEntity entity, long clientVersion)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Version != clientVersion)
        {
            throw new MutationFailedException(Stale(entity, clientVersion, entity.Version));
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = clientVersion;
    }

    /// <summary>The value a property had when its row was read, before an update's fields were laid over it.</summary>
    public TProperty Stored<TEntity, TProperty>(TEntity entity, Expression<Func<TEntity, TProperty>> property)
        where TEntity : class =>
        db.Entry(entity).Property(property).OriginalValue;

    /// <summary>Ends the mutation with <paramref name="error"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Fail(MutationError error) => throw new MutationFailedException(error);

    internal static ConcurrencyError Stale(VersionedEntity entity, long expected, long? actual) => new(
        $"{entity.GetType().Name} {entity.Id} was changed by someone else (you sent version {expected}"
        + (actual is { } a ? $", it is now at version {a}" : ", it no longer exists") + "). Read it again and retry.",
        entity.GetType().Name, entity.Id, expected, actual);
}
