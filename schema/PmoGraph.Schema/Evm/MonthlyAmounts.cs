namespace PmoGraph.Schema.Evm;

/// <summary>A project's budget, forecast and actual cost for one month, summed over cost types.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Budget">The baseline budget of the month (its planned value).</param>
/// <param name="Forecast">The forecast cost of the month.</param>
/// <param name="Actual">The actual cost booked in the month.</param>
public readonly record struct MonthlyAmounts(DateOnly Month, decimal Budget, decimal Forecast, decimal Actual);
