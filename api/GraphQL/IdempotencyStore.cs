using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Idempotency;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// Keeps mutation requests sent with an <c>Idempotency-Key</c> header in the store, so a retried request — from this
/// instance or another one on the same store — is applied once. Uses a DbContext of its own, apart from the request's.
/// </summary>
internal sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>How long a duplicate waits for the first request to finish before it is told to retry later.</summary>
    public TimeSpan WaitForFirst { get; init; } = TimeSpan.FromSeconds(15);

    public static string Hash(GraphQLHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var canonical = JsonSerializer.Serialize(new object?[] { request.Query, request.OperationName, request.Variables });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public async Task<IdempotencyClaim> ClaimAsync(string actor, string key, string hash, CancellationToken cancellationToken)
    {
        // The key is the claim: the insert of a caller's key someone holds already inserts nothing. A failed insert
        // would do as well, but the store and EF Core log each as a failure, and a replay is not one.
        if (await TryInsertAsync(actor, key, hash, cancellationToken))
        {
            return new IdempotencyClaim(true, null, null);
        }

        var deadline = clock.GetUtcNow() + WaitForFirst;
        while (true)
        {
            var existing = await FindAsync(actor, key, cancellationToken);
            if (existing is null)
            {
                // The first request failed and released the key: claim it again.
                return await ClaimAsync(actor, key, hash, cancellationToken);
            }

            if (!string.Equals(existing.RequestHash, hash, StringComparison.Ordinal))
            {
                return new IdempotencyClaim(false, null, new TransportError(
                    StatusCodes.Status422UnprocessableEntity, TransportErrorCodes.IdempotencyKeyReused,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request."));
            }

            if (existing.IsCompleted)
            {
                return new IdempotencyClaim(false, existing, null);
            }

            if (clock.GetUtcNow() >= deadline)
            {
                return new IdempotencyClaim(false, null, new TransportError(
                    StatusCodes.Status409Conflict, TransportErrorCodes.IdempotencyInProgress,
                    "A request with this Idempotency-Key is still being processed; retry later."));
            }

            await Task.Delay(PollInterval, clock, cancellationToken);
        }
    }

    public async Task CompleteAsync(string actor, string key, int status, string contentType, string body, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
        await db.Set<IdempotencyRecord>().Where(r => r.Actor == actor && r.Key == key).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.IsCompleted, true)
                .SetProperty(r => r.ResponseStatus, status)
                .SetProperty(r => r.ResponseContentType, contentType)
                .SetProperty(r => r.ResponseBody, body)
                .SetProperty(r => r.CompletedAt, clock.GetUtcNow().UtcDateTime),
            cancellationToken);
    }

    /// <summary>Releases a key whose request did not complete, so the client can retry it.</summary>
    public async Task ReleaseAsync(string actor, string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
        await db.Set<IdempotencyRecord>().Where(r => r.Actor == actor && r.Key == key && !r.IsCompleted).ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>Inserts the claim unless the caller's key is held, in one statement (SQLite and PostgreSQL alike).</summary>
    private async Task<bool> TryInsertAsync(string actor, string key, string hash, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
        var entity = db.Model.FindEntityType(typeof(IdempotencyRecord))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var statement =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({Column(nameof(IdempotencyRecord.Actor))}, {Column(nameof(IdempotencyRecord.Key))}, {Column(nameof(IdempotencyRecord.RequestHash))}, " +
            $"{Column(nameof(IdempotencyRecord.IsCompleted))}, {Column(nameof(IdempotencyRecord.CreatedAt))}) " +
            "VALUES ({0}, {1}, {2}, {3}, {4}) ON CONFLICT DO NOTHING";
        var inserted = await db.Database.ExecuteSqlRawAsync(
            statement, [actor, key, hash, false, clock.GetUtcNow().UtcDateTime], cancellationToken);
        return inserted == 1;
    }

    private async Task<IdempotencyRecord?> FindAsync(string actor, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
        return await db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Actor == actor && r.Key == key, cancellationToken);
    }
}
