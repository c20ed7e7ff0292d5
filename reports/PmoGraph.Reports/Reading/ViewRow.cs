namespace PmoGraph.Reports.Reading;

/// <summary>One row read from a view: its key, and the values of the query's columns in order.</summary>
/// <param name="Key">The row's key (the view's key column), for keyset paging.</param>
/// <param name="Values">int, decimal, string, <see cref="DateOnly"/> or null, by the column's declared type.</param>
public readonly record struct ViewRow(int Key, object?[] Values);
