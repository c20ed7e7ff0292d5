namespace PmoGraph.Schema.Selection;

/// <summary>
/// The best portfolio value at evenly spaced total-budget levels from <c>from</c> to <c>to</c>, each solved exactly under
/// the model's other constraints: the curve a chart draws to show what each extra unit of budget buys.
/// </summary>
public static class EfficientFrontier
{
    public static IReadOnlyList<FrontierPoint> Compute(SelectionModel model, decimal from, decimal to, int points, SolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        var step = points == 1 ? 0 : (to - from) / (points - 1);
        return [.. Enumerable.Range(0, points).Select(k =>
        {
            var budget = Math.Round(from + (step * k), 2);
            var bounded = model.WithTotalBudget(budget);
            var outcome = CpSatSelector.Solve(bounded.Problem, settings);
            return outcome.HasSelection
                ? new FrontierPoint(budget, outcome.Status, model.ValueOf(outcome.Chosen), model.CostOf(outcome.Chosen), SelectionScale.ToValue(outcome.Bound), outcome.Chosen.Count(c => c))
                : new FrontierPoint(budget, outcome.Status, 0, 0, null, 0);
        })];
    }
}
