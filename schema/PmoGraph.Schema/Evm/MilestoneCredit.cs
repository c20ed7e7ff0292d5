namespace PmoGraph.Schema.Evm;

/// <summary>What a milestone brings to earned value: its value (an amount, or a weight of the BAC) and its progress.</summary>
/// <param name="Weight">Share of the BAC the milestone credits, when the plan states a weight.</param>
/// <param name="Amount">Value the milestone credits, when the plan states an amount (wins over the weight).</param>
/// <param name="PercentComplete">Progress toward the milestone, 0 to 100.</param>
/// <param name="ActualDate">When the milestone was achieved, if it was.</param>
public sealed record MilestoneCredit(decimal? Weight, decimal? Amount, decimal PercentComplete, DateOnly? ActualDate)
{
    /// <summary>The milestone's value: its amount, else its weight times the BAC, else nothing.</summary>
    public decimal ValueOf(decimal budgetAtCompletion) => Amount ?? (Weight * budgetAtCompletion) ?? 0m;

    /// <summary>Whether the milestone was achieved on or before <paramref name="asOf"/>.</summary>
    public bool AchievedBy(DateOnly asOf) => ActualDate is { } achieved && achieved <= asOf;
}
