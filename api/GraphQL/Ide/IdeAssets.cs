using System.Collections.Frozen;
using System.Security.Cryptography;

namespace PmoGraph.Api.GraphQL.Ide;

/// <summary>
/// The IDE's files (<c>assets/</c> beside this class, embedded in the API's assembly under <see cref="ResourcePrefix"/>),
/// read once and kept in memory: about 4 MB, served from a versioned URL so a browser fetches them once.
/// </summary>
internal sealed class IdeAssets
{
    public const string ResourcePrefix = "ide/";

    private readonly FrozenDictionary<string, IdeAsset> _byPath;

    public IdeAssets()
    {
        var assembly = typeof(IdeAssets).Assembly;
        var assets = new Dictionary<string, IdeAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            assets.Add(path, new IdeAsset(path, ContentTypeOf(path), content, EntityTagOf(content)));
        }

        _byPath = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every file, for tests that walk them.</summary>
    public IEnumerable<IdeAsset> All => _byPath.Values;

    /// <summary>The file at <paramref name="path"/> (relative, case-sensitive, such as <c>react@18.3.1/LICENSE</c>).</summary>
    public bool TryGet(string path, out IdeAsset asset) => _byPath.TryGetValue(path, out asset!);

    // A kind of file not listed here fails the start, rather than being served with a media type a browser refuses.
    private static string ContentTypeOf(string path) => Path.GetExtension(path) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        "" when Path.GetFileName(path) == "LICENSE" => "text/plain; charset=utf-8",
        _ => throw new InvalidOperationException($"The IDE asset '{path}' has no known media type."),
    };

    // A strong validator: the same bytes give the same tag on every instance and every start.
    private static string EntityTagOf(byte[] content) =>
        "\"" + Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16)) + "\"";
}
