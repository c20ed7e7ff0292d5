namespace PmoGraph.Api.Tests.Introspection;

/// <summary>
/// Fetches the schema the way graphql-codegen does (its introspection document, every option on) and compares what the
/// answer says with the checked-in <c>schema/schema.graphql</c>, element by element: a drift between the two fails here.
/// </summary>
public sealed class IntrospectionSchemaTests(PmoApiFactory api) : IClassFixture<PmoApiFactory>
{
    [Theory]
    [InlineData("graphql-16.15.0/" + IntrospectionFixtures.AllOptions)]
    [InlineData("graphql-16.9.0/" + IntrospectionFixtures.AllOptionsOf169)]
    public async Task Introspection_AsCodegenFetchesIt_DescribesTheCheckedInSchema(string fixture)
    {
        var response = await api.CreateClient().DataAsync(IntrospectionFixtures.Read(fixture));
        var sdl = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "schema", "schema.graphql"));

        var introspected = SchemaFacts.FromIntrospection(response.GetProperty("__schema"));
        var checkedIn = SchemaFacts.FromSdl(sdl);

        var missing = checkedIn.Except(introspected).Take(20).ToList();
        var extra = introspected.Except(checkedIn).Take(20).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"In schema.graphql, not in introspection:\n  {string.Join("\n  ", missing)}\nIn introspection, not in schema.graphql:\n  {string.Join("\n  ", extra)}");
        Assert.True(checkedIn.Count > 1_000, $"only {checkedIn.Count} facts read from the SDL");
    }

    [Fact]
    public void Facts_ADriftInAnyPart_IsSeen()
    {
        // The comparison is only as good as the facts: each kind of change to an SDL changes them.
        const string Sdl = """
            "S"
            schema { query: Query }
            "Q"
            type Query implements Node { "F" f(a: Int = 3 @deprecated(reason: "r")): [E!]! @deprecated id: ID! }
            interface Node { id: ID! }
            enum E { A B @deprecated(reason: "gone") }
            input I @oneOf { x: String = "d" }
            union U = Query
            scalar D
            directive @d(a: Int) repeatable on FIELD_DEFINITION | QUERY
            """;
        var facts = SchemaFacts.FromSdl(Sdl);

        string[] drifts = [
            Sdl.Replace("\"S\"", "\"T\"", StringComparison.Ordinal),
            Sdl.Replace("\"Q\"", "\"R\"", StringComparison.Ordinal),
            Sdl.Replace(" implements Node", string.Empty, StringComparison.Ordinal),
            Sdl.Replace("\"F\"", "\"G\"", StringComparison.Ordinal),
            Sdl.Replace("a: Int = 3", "a: Int = 4", StringComparison.Ordinal),
            Sdl.Replace("a: Int = 3", "a: Int! = 3", StringComparison.Ordinal),
            Sdl.Replace("reason: \"r\"", "reason: \"s\"", StringComparison.Ordinal),
            Sdl.Replace("[E!]!", "[E]!", StringComparison.Ordinal),
            Sdl.Replace("[E!]! @deprecated", "[E!]!", StringComparison.Ordinal),
            Sdl.Replace("B @deprecated(reason: \"gone\")", "B", StringComparison.Ordinal),
            Sdl.Replace("enum E { A B", "enum E { A B C", StringComparison.Ordinal),
            Sdl.Replace(" @oneOf", string.Empty, StringComparison.Ordinal),
            Sdl.Replace("= \"d\"", "= \"e\"", StringComparison.Ordinal),
            Sdl.Replace("union U = Query", "union U = Query | Other type Other { x: Int }", StringComparison.Ordinal),
            Sdl.Replace("scalar D", "scalar D @specifiedBy(url: \"https://example.com\")", StringComparison.Ordinal),
            Sdl.Replace(" repeatable", string.Empty, StringComparison.Ordinal),
            Sdl.Replace("| QUERY", string.Empty, StringComparison.Ordinal),
            Sdl.Replace("@d(a: Int)", "@d(a: Int, b: Int)", StringComparison.Ordinal),
        ];

        foreach (var drift in drifts)
        {
            Assert.False(facts.SetEquals(SchemaFacts.FromSdl(drift)), drift);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PmoGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PmoGraph.sln not found above the test binaries.");
    }
}
