namespace PmoGraph.Api.GraphQL.Ide;

/// <summary>One file the IDE loads: its path under <see cref="IdeEndpoints.AssetsPath"/>, media type, bytes and entity tag.</summary>
internal sealed record IdeAsset(string Path, string ContentType, ReadOnlyMemory<byte> Content, string ETag);
