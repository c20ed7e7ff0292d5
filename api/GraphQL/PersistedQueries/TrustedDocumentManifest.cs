using System.Text.Json;

namespace PmoGraph.Api.GraphQL.PersistedQueries;

/// <summary>
/// The documents a trusted-documents server runs, read once from the manifest file named by
/// <c>GraphQL:TrustedDocuments</c>. Two formats are read: graphql-codegen's <c>persisted-documents.json</c> (a JSON
/// object from hash to document) and Apollo's persisted query manifest (<c>{"format":
/// "apollo-persisted-query-manifest", "version": 1, "operations": [{"id", "body", ...}]}</c>). A document is found by
/// its manifest id, by the SHA-256 of its text, or by its exact text. A manifest that cannot be read stops the start.
/// </summary>
internal sealed class TrustedDocumentManifest
{
    private const string ApolloFormat = "apollo-persisted-query-manifest";

    private readonly Dictionary<string, string> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _bodies = new(StringComparer.Ordinal);

    private TrustedDocumentManifest()
    {
    }

    public int Count => _bodies.Count;

    public bool TryGetById(string id, out string document) => _byId.TryGetValue(id, out document!);

    public bool Contains(string document) => _bodies.Contains(document);

    public static TrustedDocumentManifest Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"GraphQL:TrustedDocuments names '{path}', which does not exist.");
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return Read(json.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The trusted documents manifest '{path}' is not valid JSON: {ex.Message}", ex);
        }
    }

    private static TrustedDocumentManifest Read(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(path, "its top level must be a JSON object");
        }

        var manifest = new TrustedDocumentManifest();
        if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
        {
            if (format.GetString() != ApolloFormat || !root.TryGetProperty("operations", out var operations) || operations.ValueKind != JsonValueKind.Array)
            {
                throw Malformed(path, $"a manifest with a 'format' must be '{ApolloFormat}' with an 'operations' array");
            }

            foreach (var operation in operations.EnumerateArray())
            {
                if (operation.ValueKind != JsonValueKind.Object
                    || !operation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String)
                {
                    throw Malformed(path, "each operation needs an 'id' and a 'body' string");
                }

                manifest.Add(id.GetString()!, body.GetString()!);
            }
        }
        else
        {
            foreach (var entry in root.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    throw Malformed(path, $"'{entry.Name}' must map to a document string");
                }

                manifest.Add(entry.Name, entry.Value.GetString()!);
            }
        }

        return manifest.Count > 0 ? manifest : throw Malformed(path, "it holds no document");
    }

    private void Add(string id, string body)
    {
        _byId[id] = body;
        _byId[DocumentHash.Sha256(body)] = body;
        _bodies.Add(body);
    }

    private static InvalidOperationException Malformed(string path, string why) =>
        new($"The trusted documents manifest '{path}' cannot be read: {why}.");
}
