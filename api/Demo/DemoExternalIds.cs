using System.Security.Cryptography;
using System.Text;

namespace PmoGraph.Api.Demo;

/// <summary>Deterministic integration ids for demo rows: the same code always gets the same UUID.</summary>
internal static class DemoExternalIds
{
    public static Guid Of(string code) => new(SHA256.HashData(Encoding.UTF8.GetBytes("pmograph-demo:" + code)).AsSpan(0, 16));
}
