using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Strategy;

/// <summary>
/// The score a rating is worth, as configured (<see cref="AlignmentScoreOptions"/>), copied into the store so the
/// reporting views can read it: SQL cannot read the API's configuration. <see cref="AlignmentScores.SyncAsync"/>
/// rewrites the rows from the configuration each time the API prepares its store.
/// </summary>
public sealed class AlignmentScore : Entity
{
    public AlignmentRating Rating { get; set; }
    public decimal Score { get; set; }
}
