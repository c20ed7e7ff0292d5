namespace PmoGraph.Schema.Strategy;

public enum ObjectiveLevel
{
    Goal,
    Objective,
    KeyResult,
}
