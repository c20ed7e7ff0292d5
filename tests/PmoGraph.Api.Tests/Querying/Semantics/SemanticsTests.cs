namespace PmoGraph.Api.Tests.Querying.Semantics;

/// <summary>The semantics test classes share one store (it is read-only after its edge cases are added).</summary>
[CollectionDefinition(Collection)]
public sealed class SemanticsTests : ICollectionFixture<SemanticsFixture>
{
    public const string Collection = "Query semantics";
}
