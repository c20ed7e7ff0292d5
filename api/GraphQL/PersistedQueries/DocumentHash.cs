using System.Security.Cryptography;
using System.Text;

namespace PmoGraph.Api.GraphQL.PersistedQueries;

/// <summary>The hash Apollo's clients and manifests give a document: SHA-256 of its UTF-8 text, as lower-case hex.</summary>
internal static class DocumentHash
{
    public static string Sha256(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
