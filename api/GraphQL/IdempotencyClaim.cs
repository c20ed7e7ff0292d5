using PmoGraph.Schema.Idempotency;

namespace PmoGraph.Api.GraphQL;

/// <summary>What claiming an idempotency key found: the key is ours to run, a stored response to replay, or a conflict.</summary>
internal sealed record IdempotencyClaim(bool Claimed, IdempotencyRecord? Replay, TransportError? Conflict);
