using System.Runtime.InteropServices;

namespace PmoGraph.Benchmarks.Reporting;

/// <summary>The machine a run was made on, for the results table.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = "unknown CPU";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo")
                .FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }

        return $"{cpu}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1, 5 and 15 minute load averages (<c>/proc/loadavg</c>): how shared the machine was during a run.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
            : "unknown";
}
