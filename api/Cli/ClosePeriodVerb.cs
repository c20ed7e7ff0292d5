using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PmoGraph.Api.Store;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Kpis;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Periods;

namespace PmoGraph.Api.Cli;

/// <summary>
/// <c>close-period 2026-11 [--replace true]</c>: the monthly close as the <c>closePeriod</c> mutation runs it, in one
/// transaction with its audit entries. The operator at the server's console acts as pmo-admin (the close covers every
/// portfolio) and is audited as the operating-system user, <c>os:&lt;user name&gt;</c>. Unlike the mutation, which a
/// scheduler may call again, the verb refuses a month that is already closed unless <c>--replace true</c> is given: a
/// second manual close is far more often a mistyped month than a wish to re-run.
/// </summary>
internal static class ClosePeriodVerb
{
    public const string Name = "close-period";

    /// <summary>The error code printed when the month is already closed.</summary>
    public const string AlreadyClosed = "PERIOD_ALREADY_CLOSED";

    /// <summary>The audit actor of a close run from the command line.</summary>
    public static string Actor => "os:" + Environment.UserName;

    public static async Task<int> RunAsync(WebApplication app, string[] args, CancellationToken cancellationToken)
    {
        if (args.Length < 2 || !DateOnly.TryParseExact(args[1], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var period))
        {
            var given = args.Length < 2 ? "nothing" : $"'{args[1]}'";
            await Console.Error.WriteLineAsync($"BAD_USER_INPUT: close-period takes a month as YYYY-MM, not {given}.");
            await Console.Error.WriteLineAsync("Usage: close-period YYYY-MM [--replace true]   e.g. close-period 2026-11");
            return 2;
        }

        // "--replace true" as configuration (like seed's "--scale 500"); a bare "--replace" as the last argument too.
        var setting = app.Configuration["replace"];
        var replace = setting is null ? args[^1] == "--replace" : bool.TryParse(setting, out var parsed) && parsed;
        if (setting is not null && !bool.TryParse(setting, out _))
        {
            await Console.Error.WriteLineAsync($"BAD_USER_INPUT: --replace takes true or false, not '{setting}'.");
            return 2;
        }

        await app.Services.MigrateStoreAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<MutationRunner>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<KpiOptions>>().Value;
        var operatorAtConsole = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PmoRoles.SubjectClaimType, Actor), new Claim(PmoRoles.ClaimType, PmoRoles.PmoAdmin)], "os", PmoRoles.SubjectClaimType, PmoRoles.ClaimType));
        var payload = await runner.RunAsync("closePeriod", operatorAtConsole, async (mutation, ct) =>
        {
            // Checked inside the close's transaction, so a refused close writes nothing at all.
            if (!replace && await mutation.Db.Set<PeriodClose>().AsNoTracking().FirstOrDefaultAsync(c => c.Period == period, ct) is { } closed)
            {
                MutationScope.Fail(new ValidationError(
                    string.Create(CultureInfo.InvariantCulture, $"{period:yyyy-MM} is already closed (first by {closed.FirstClosedBy} at {closed.FirstClosedAt:yyyy-MM-dd HH:mm} UTC, {closed.Runs} run(s)); nothing was changed. Add --replace true to freeze its figures again."),
                    ["period"], AlreadyClosed));
            }

            return await PeriodCloser.CloseAsync(mutation, period, replace, options, ct);
        }, cancellationToken);
        if (payload.Errors is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync($"{CodeOf(error)}: {error.Message}");
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

    private static string CodeOf(MutationError error) => error switch
    {
        ValidationError { Rule: AlreadyClosed } => AlreadyClosed,
        ValidationError validation => "BAD_USER_INPUT (" + validation.Rule + ")",
        NotAllowedError => "NOT_ALLOWED",
        ConcurrencyError => "CONCURRENCY",
        _ => "ERROR",
    };
}
