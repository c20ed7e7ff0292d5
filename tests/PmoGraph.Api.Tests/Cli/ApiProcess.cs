using System.Diagnostics;
using PmoGraph.Api.Tests.Store;

namespace PmoGraph.Api.Tests.Cli;

/// <summary>
/// Runs the built API as an operator does, <c>dotnet PmoGraph.Api.dll VERB ...</c>, in a process of its own against a
/// store named by the environment, and returns what it printed and its exit code.
/// </summary>
internal static class ApiProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>The API assembly the test project was built with (its runtimeconfig beside it, so it runs on its own).</summary>
    public static string ApiDll
    {
        get
        {
            var path = typeof(Program).Assembly.Location;
            return File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json"))
                ? path
                : throw new InvalidOperationException($"{path} has no runtimeconfig.json beside it; build the api project.");
        }
    }

    public static async Task<Outcome> RunAsync(TestDatabase store, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ApiDll)!,
        };
        start.ArgumentList.Add(ApiDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = store.Provider;
        start.Environment["ConnectionStrings__Pmo"] = store.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }
}
