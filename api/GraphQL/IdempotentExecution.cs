using System.Security.Claims;
using System.Text;

namespace PmoGraph.Api.GraphQL;

/// <summary>
/// Runs a mutation request that carries an <c>Idempotency-Key</c> at most once per caller and key: a repeat with the
/// same body gets the first response again (with <c>Idempotent-Replayed: true</c>), a different body with the same key
/// is refused, and a key whose request failed is released for a retry.
/// </summary>
internal sealed class IdempotentExecution(IdempotencyStore store)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static string? KeyOf(HttpContext http) =>
        http.Request.Headers.TryGetValue(Header, out var values) ? values.ToString() : null;

    public async Task RunAsync(HttpContext http, string key, GraphQLHttpRequest request, string mediaType, Func<Task<global::GraphQL.ExecutionResult>> execute)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(execute);
        if (key.Length is 0 or > 200 || key.Any(c => c is < '!' or > '~'))
        {
            await WriteErrorAsync(http, new TransportError(
                StatusCodes.Status400BadRequest, TransportErrorCodes.InvalidIdempotencyKey,
                "The Idempotency-Key header must be 1 to 200 printable ASCII characters without spaces."), mediaType);
            return;
        }

        var actor = ActorOf(http.User);
        var claim = await store.ClaimAsync(actor, key, IdempotencyStore.Hash(request), http.RequestAborted);
        if (claim.Conflict is { } conflict)
        {
            await WriteErrorAsync(http, conflict, mediaType);
            return;
        }

        if (claim.Replay is { } replay)
        {
            http.Response.StatusCode = replay.ResponseStatus ?? StatusCodes.Status200OK;
            http.Response.ContentType = replay.ResponseContentType;
            http.Response.Headers[ReplayedHeader] = "true";
            await http.Response.WriteAsync(replay.ResponseBody ?? "", Encoding.UTF8, http.RequestAborted);
            return;
        }

        await ExecuteOnceAsync(http, actor, key, execute);
    }

    private async Task ExecuteOnceAsync(HttpContext http, string actor, string key, Func<Task<global::GraphQL.ExecutionResult>> execute)
    {
        var client = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        bool faulted;
        try
        {
            var result = await execute();
            faulted = result.Errors?.Any(e => e.Code == TransportErrorCodes.InternalServerError) == true;
        }
        catch
        {
            await store.ReleaseAsync(actor, key);
            throw;
        }
        finally
        {
            http.Response.Body = client;
        }

        var body = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (faulted || http.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            // A fault of ours is not an outcome to replay: the client may retry with the same key.
            await store.ReleaseAsync(actor, key);
        }
        else
        {
            await store.CompleteAsync(actor, key, http.Response.StatusCode, http.Response.ContentType ?? "", body, CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(client, http.RequestAborted);
    }

    private static Task WriteErrorAsync(HttpContext http, TransportError error, string mediaType) =>
        http.RequestServices.GetRequiredService<GraphQLResponseWriter>().WriteAsync(http, error, mediaType);

    private static string ActorOf(ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "anonymous";
}
