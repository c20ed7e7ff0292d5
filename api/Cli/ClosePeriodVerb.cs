using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using PmoGraph.Api.Store;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Periods;

namespace PmoGraph.Api.Cli;

/// <summary>
/// <c>close-period 2026-11 [--replace true]</c>: the monthly close as the <c>closePeriod</c> mutation runs it, in one
/// transaction with its audit entries, on behalf of the operating-system user.
/// </summary>
internal static class ClosePeriodVerb
{
    public const string Name = "close-period";

    public static async Task<int> RunAsync(WebApplication app, string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 2 || !DateOnly.TryParseExact(args[1], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var period))
        {
            await Console.Error.WriteLineAsync("Usage: close-period YYYY-MM [--replace true]   e.g. close-period 2026-11");
            return 2;
        }

        // "--replace true" as configuration (like seed's "--scale 500"); a bare "--replace" as the last argument too.
        var setting = app.Configuration["replace"];
        var replace = setting is null ? args[^1] == "--replace" : bool.TryParse(setting, out var parsed) && parsed;
        if (setting is not null && !bool.TryParse(setting, out _))
        {
            await Console.Error.WriteLineAsync($"--replace takes true or false, not '{setting}'.");
            return 2;
        }

        await app.Services.MigrateStoreAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<MutationRunner>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<KpiOptions>>().Value;
        var actor = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "cli:" + Environment.UserName)], "cli"));
        var payload = await runner.RunAsync(
            "closePeriod", actor, (mutation, ct) => PeriodCloser.CloseAsync(mutation, period, replace, options, ct), cancellationToken);
        if (payload.Errors is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            return 1;
        }

        var close = payload.Entity!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Closed {period:yyyy-MM} at {close.StatusDate:yyyy-MM-dd} (run {close.Runs}): EVM snapshots {close.SnapshotsAdded} frozen, "
            + $"{close.SnapshotsReplaced} replaced, {close.SnapshotsKept} kept; KPI values {close.KpiValuesAdded} frozen, "
            + $"{close.KpiValuesReplaced} replaced, {close.KpiValuesKept} kept."));
        return 0;
    }
}
