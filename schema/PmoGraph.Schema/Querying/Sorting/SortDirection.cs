namespace PmoGraph.Schema.Querying;

/// <summary>The direction of one sort key. Nulls are the smallest value: first ascending, last descending.</summary>
public enum SortDirection
{
    /// <summary>Smallest first (<c>ASC</c>).</summary>
    Asc,

    /// <summary>Largest first (<c>DESC</c>).</summary>
    Desc,
}
