namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>An ordered column a semantics test filters on.</summary>
/// <param name="Collection">The root connection field (<c>projects</c>).</param>
/// <param name="Field">The filter input field (<c>budgetAtCompletion</c>).</param>
/// <param name="Read">Each row's id and value, from the store.</param>
/// <param name="Below">A value smaller than the one given (a value below every row's).</param>
public sealed record ComparableColumn(
    string Collection, string Field, Func<StoreRows, IEnumerable<(int Id, IComparable? Value)>> Read, Func<IComparable, IComparable> Below);
