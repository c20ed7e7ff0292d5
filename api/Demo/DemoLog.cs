namespace PmoGraph.Api.Demo;

/// <summary>The demo seeder's log messages.</summary>
internal static partial class DemoLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "The store already holds a portfolio; the demo portfolio was not loaded")]
    public static partial void DemoSkipped(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the demo portfolio: {Projects} projects (seed {Seed}) in {Batches} batches")]
    public static partial void DemoLoading(this ILogger logger, int projects, int seed, int batches);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo portfolio loaded: {Projects} projects (seed {Seed}); rows: {Summary}")]
    public static partial void DemoLoaded(this ILogger logger, int projects, int seed, string summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo history: closed {Months} months ({First:yyyy-MM} to {Last:yyyy-MM}) in {ElapsedMs} ms")]
    public static partial void DemoHistoryClosed(this ILogger logger, int months, DateOnly first, DateOnly last, long elapsedMs);
}
