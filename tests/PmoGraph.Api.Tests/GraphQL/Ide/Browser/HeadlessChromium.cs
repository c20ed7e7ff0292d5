using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace PmoGraph.Api.Tests.GraphQL.Ide.Browser;

/// <summary>
/// A headless Chromium of the test's own, in a throw-away profile, cut off from every host but the loopback address:
/// names resolve to nothing but 127.0.0.1, and any other connection goes to a proxy that is not there. Driven over
/// the DevTools protocol on a port it picks itself (read back from the profile's <c>DevToolsActivePort</c>).
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Set to <c>required</c> (CI does) to fail, not skip, the browser tests when Chromium is missing.</summary>
    public const string RequiredVariable = "PMOGRAPH_BROWSER_TESTS";

    /// <summary>A Chromium binary to use instead of the first of <see cref="Names"/> on the PATH.</summary>
    public const string ExecutableVariable = "PMOGRAPH_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ConcurrentQueue<string> _output;

    private HeadlessChromium(Process process, DirectoryInfo profile, ConcurrentQueue<string> output)
    {
        _process = process;
        _profile = profile;
        _output = output;
    }

    public int DebuggingPort { get; private set; }

    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable(RequiredVariable), "required", StringComparison.OrdinalIgnoreCase);

    public static string? FindExecutable()
    {
        if (Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return Names
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<HeadlessChromium> LaunchAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var executable = FindExecutable() ?? throw new InvalidOperationException(
            $"Chromium is not installed, and {RequiredVariable}=required makes the browser tests fail without it. "
            + $"Install it (as root: apt-get install -y chromium), or name a binary in {ExecutableVariable}.");
        var profile = Directory.CreateTempSubdirectory("pmograph-chromium-");
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in Arguments(profile.FullName))
        {
            start.ArgumentList.Add(argument);
        }

        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var chromium = new HeadlessChromium(process, profile, output);
        try
        {
            chromium.DebuggingPort = await ReadDevToolsPortAsync(process, profile.FullName, timeout, cancellationToken);
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>A DevTools session on the blank page the browser opened with.</summary>
    public async Task<DevToolsSession> OpenPageAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var targets = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{DebuggingPort}/json/list", cancellationToken);
        var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        return await DevToolsSession.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
    }

    /// <summary>What the browser printed, for a failure's message.</summary>
    public string Output => string.Join('\n', _output);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _process.Dispose();
            try
            {
                _profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A crash dump or lock file still being written: the temporary folder is left to the system.
            }
        }
    }

    private static IEnumerable<string> Arguments(string profile) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--remote-debugging-port=0",
        "--remote-debugging-address=127.0.0.1",
        "--user-data-dir=" + profile,
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",

        // No network: every name but the loopback address resolves to nothing, and whatever connects anyway goes
        // through a proxy on a port nobody listens on; only the loopback address bypasses it.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=127.0.0.1",
        "about:blank",
    ];

    private static async Task<int> ReadDevToolsPortAsync(Process process, string profile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before it opened its DevTools port.");
            }

            // The first line is the port; the file is written whole once the server listens.
            if (File.Exists(file) && (await File.ReadAllLinesAsync(file, cancellationToken)) is [var port, _, ..] && int.TryParse(port, out var number))
            {
                return number;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"Chromium opened no DevTools port within {timeout.TotalSeconds} s.");
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }
}
