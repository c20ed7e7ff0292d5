using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
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
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
            db.Add(new IdempotencyRecord { Actor = actor, Key = key, RequestHash = hash, CreatedAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new IdempotencyClaim(true, null, null);
            }
            catch (DbUpdateException)
            {
                // Someone holds the key already: compare bodies, then replay or wait below.
            }
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

    private async Task<IdempotencyRecord?> FindAsync(string actor, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
        return await db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Actor == actor && r.Key == key, cancellationToken);
    }
}
