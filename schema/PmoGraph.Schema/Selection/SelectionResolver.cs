using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Schema.Selection;

/// <summary>Turns a selection request into a model and solver settings, reporting bad input as typed issues.</summary>
internal static class SelectionResolver
{
    public static async Task<(SelectionModel? Model, SolverSettings Settings)> PrepareAsync(
        SelectionOptions options, AlignmentScoreOptions scores, PmoDbContext db, SelectionRequest request, DateOnly today, InputValidation issues, CancellationToken ct)
    {
        var seconds = request.TimeLimitSeconds ?? options.DefaultTimeLimitSeconds;
        if (seconds > options.MaxTimeLimitSeconds)
        {
            issues.Add("timeLimitSeconds", "range", $"'timeLimitSeconds' must be at most {options.MaxTimeLimitSeconds}.");
        }

        var model = await SelectionModelLoader.LoadAsync(db, request, scores, today, issues, ct).ConfigureAwait(false);
        return (issues.Errors.Count > 0 ? null : model, new SolverSettings(TimeSpan.FromSeconds(seconds), Math.Max(1, options.Workers)));
    }

    /// <summary>For queries: the issues as one GraphQL error with code INVALID_SELECTION_INPUT.</summary>
    public static async Task<(SelectionModel Model, SolverSettings Settings)> PrepareOrThrowAsync(IResolveFieldContext context, SelectionRequest request)
    {
        var services = context.RequestServices!;
        var issues = new InputValidation();
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var (model, settings) = await PrepareAsync(
                services.GetRequiredService<IOptions<SelectionOptions>>().Value,
                services.GetRequiredService<IOptions<AlignmentScoreOptions>>().Value,
                services.GetRequiredService<PmoDbContext>(),
                request,
                today,
                issues,
                context.CancellationToken)
            .ConfigureAwait(false);
        if (model is null || issues.Errors.Count > 0)
        {
            throw Invalid(string.Join(" ", issues.Errors.Select(e => e.Message)));
        }

        return (model, settings);
    }

    public static ExecutionError Invalid(string message) => new(message) { Code = SelectionErrorCodes.InvalidSelection };
}
