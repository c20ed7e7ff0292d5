using System.Diagnostics;
using PmoGraph.Api.Tests.Store;

namespace PmoGraph.Api.Tests;

/// <summary>What a verb run as its own process printed, and how it exited.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the API as <c>dotnet run --project api -- ARGS</c> does, as a process of its own: the build the tests run on
/// (<c>PmoGraph.Api.dll</c> beside them), in Development as the launch profile sets it, with extra configuration
/// given on the command line as a user would (<c>--Key value</c>).
/// </summary>
internal static class ApiProcess
{
    /// <summary>A verb over <paramref name="store"/>, in Development, within five minutes.</summary>
    public static Task<ProcessResult> RunAsync(TestDatabase store, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(store);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Database__Provider"] = store.Provider,
            ["ConnectionStrings__Pmo"] = store.ConnectionString,
        };
        return RunAsync(arguments, new Dictionary<string, string>(), TimeSpan.FromMinutes(5), variables: variables);
    }

    public static async Task<ProcessResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> settings, TimeSpan timeout, string environment = "Development", IReadOnlyDictionary<string, string>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PmoGraph.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add("--" + key);
            start.ArgumentList.Add(value);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', start.ArgumentList)} ran longer than {timeout}.");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }
}
