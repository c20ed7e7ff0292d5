using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Evm;

/// <summary>Everything the earned-value engine needs to know about one project, read from the store once.</summary>
/// <param name="BudgetAtCompletion">The BAC.</param>
/// <param name="Method">How milestones credit earned value.</param>
/// <param name="PercentComplete">The project's physical percent complete (0-100), for the percent-complete method.</param>
/// <param name="BaselineStart">The baseline start; the planned value curve starts at its month (or earlier budget).</param>
/// <param name="ActualFinish">When the project finished; actual time stops there.</param>
/// <param name="Months">Monthly budget (the baseline plan), forecast and actual cost.</param>
/// <param name="Milestones">The milestones that credit earned value.</param>
public sealed record ProjectEvmInputs(
    decimal BudgetAtCompletion,
    EarnedValueMethod Method,
    decimal PercentComplete,
    DateOnly? BaselineStart,
    DateOnly? ActualFinish,
    IReadOnlyList<MonthlyAmounts> Months,
    IReadOnlyList<MilestoneCredit> Milestones)
{
    /// <summary>A project with a budget and nothing else: no baseline, no milestones, nothing spent.</summary>
    public static ProjectEvmInputs Empty(decimal budgetAtCompletion) =>
        new(budgetAtCompletion, EarnedValueMethod.WeightedMilestones, 0m, null, null, [], []);
}
