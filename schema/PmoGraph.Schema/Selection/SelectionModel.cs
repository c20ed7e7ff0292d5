using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Selection;

/// <summary>
/// A <see cref="SelectionProblem"/> read from the store, with what it stands for: candidate p is
/// <see cref="Projects"/>[p], budget period t is <see cref="FiscalYears"/>[t]. Values and money are kept unscaled for
/// reporting.
/// </summary>
public sealed record SelectionModel(
    SelectionRequest Request,
    SelectionProblem Problem,
    IReadOnlyList<Project> Projects,
    IReadOnlyList<double> Values,
    IReadOnlyList<IReadOnlyDictionary<int, decimal>> CostsByYear,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<string?> BlockedReasons)
{
    public decimal CostOf(int candidate) => CostsByYear[candidate].Values.Sum();

    public double ValueOf(IReadOnlyList<bool> chosen) => Enumerable.Range(0, Projects.Count).Where(p => chosen[p]).Sum(p => Values[p]);

    public decimal CostOf(IReadOnlyList<bool> chosen) => Enumerable.Range(0, Projects.Count).Where(p => chosen[p]).Sum(CostOf);

    /// <summary>The same model with a limit on the total cost over all years (the efficient frontier's lever).</summary>
    public SelectionModel WithTotalBudget(decimal amount) =>
        this with { Problem = Problem with { TotalBudget = SelectionScale.MoneyLimit(amount) } };
}
