namespace PmoGraph.Schema.Strategy;

/// <summary>The measured values of a key result an objective input may carry.</summary>
public interface IKeyResultMetrics
{
    decimal? Baseline { get; }
    decimal? Target { get; }
    decimal? Current { get; }
}
