namespace PmoGraph.Schema.Querying;

/// <summary>What one statement reads for one parent of a nested connection.</summary>
internal sealed class NestedPage<TChild>
{
    public int ParentId { get; init; }

    /// <summary>Up to one row more than the page holds, so the extra row tells whether another page follows.</summary>
    public List<KeyedRow<TChild>> Rows { get; init; } = [];

    /// <summary>The parent's matching rows, counted only when <c>totalCount</c> is selected.</summary>
    public int Total { get; init; }

    /// <summary>Whether rows exist on the far side of the cursor (before <c>after</c>, or after <c>before</c>).</summary>
    public bool PastCursor { get; init; }
}
