namespace PmoGraph.Schema.Projects;

public enum DependencyKind
{
    /// <summary>The project can only be undertaken if the other one is.</summary>
    Requires,

    /// <summary>The two projects cannot both be undertaken.</summary>
    Excludes,
}
