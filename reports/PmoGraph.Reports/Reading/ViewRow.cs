namespace PmoGraph.Reports.Reading;

/// <summary>One row read from a view: its key, its seek values, and the values of the query's columns in order.</summary>
/// <param name="Key">The row's key (the view's key column).</param>
/// <param name="Seek">The row's values of the view's seek columns, for keyset paging, read whatever the query selects.</param>
/// <param name="Values">int, decimal, string, <see cref="DateOnly"/> or null, by the column's declared type.</param>
public readonly record struct ViewRow(int Key, object?[] Seek, object?[] Values);
