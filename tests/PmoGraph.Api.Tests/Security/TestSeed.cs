using System.Globalization;
using Xunit.Abstractions;

namespace PmoGraph.Api.Tests.Security;

/// <summary>The seed of a generated test: fixed by default, so CI repeats itself; another one from the environment.</summary>
internal static class TestSeed
{
    public const int Default = 20261206;

    /// <summary>The seed in <paramref name="variable"/>, or <see cref="Default"/>; printed so a failure can be replayed.</summary>
    public static int From(string variable, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var seed = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Default;
        output.WriteLine($"seed {seed} (replay with {variable}={seed})");
        return seed;
    }
}
