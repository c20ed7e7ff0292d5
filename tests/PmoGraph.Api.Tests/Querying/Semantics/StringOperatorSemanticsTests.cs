namespace PmoGraph.Api.Tests.Querying.Semantics;

[Collection(SemanticsTests.Collection)]
public sealed class StringOperatorSemanticsTests(SemanticsFixture fixture)
{
    private static readonly string[] Operations =
        ["eq", "neq", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith", "ieq", "icontains", "istartsWith", "iendsWith"];

    // Fixed values chosen from the demo data and the edge-case rows: exact and other-case words, prefixes and suffixes,
    // the empty string, text that matches nothing, and non-ASCII letters whose lower case differs ("É"/"é") or whose
    // upper case is two letters ("ß"/"SS", and the capital sharp s "ẞ").
    private static readonly string[] Values =
    [
        "Data", "data", "DATA", "Rollout", "rollout", "PRJ-000", "prj-000", "Project Manager", "manager", "", "no such text",
        "É", "é", "École", "école numérique", "ÉCOLE", "ß", "SS", "ẞ", "Straße", "STRASSE", "Groß", "GROSS",
    ];

    /// <summary>Each string column the tests filter: a collection, its filter template, and the values read from the store.</summary>
    private static readonly Dictionary<string, (string Collection, string Template, Func<StoreRows, IEnumerable<(int Id, string? Value)>> Read)> Columns = new()
    {
        ["project.name"] = ("projects", "{{ name: {0} }}", rows => rows.Projects.Select(p => (p.Id, (string?)p.Name))),
        ["project.code"] = ("projects", "{{ code: {0} }}", rows => rows.Projects.Select(p => (p.Id, (string?)p.Code))),
        ["person.jobTitle"] = ("people", "{{ jobTitle: {0} }}", rows => rows.People.Select(p => (p.Id, p.JobTitle))),
        // Through an optional reference: a project without a sponsor reads as a null name, as EF Core's joins do.
        ["project.sponsor.name"] = ("projects", "{{ sponsor: {{ name: {0} }} }}", rows => rows.Projects.Select(p => (p.Id, p.Sponsor?.Name))),
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var column in Columns.Keys)
        {
            foreach (var operation in Operations)
            {
                foreach (var value in Values)
                {
                    data.Add(column, operation, value);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> NullCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var column in Columns.Keys)
        {
            data.Add(column, "eq");
            data.Add(column, "neq");
            data.Add(column, "ieq");
        }

        return data;
    }

    public static TheoryData<string, string, string> ListCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var column in Columns.Keys)
        {
            foreach (var operation in new[] { "in", "nin" })
            {
                foreach (var list in new[] { "two values and one of none", "empty", "with null", "other case" })
                {
                    data.Add(column, operation, list);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Where_StringOperation_MatchesOrdinalOrLowerCaseSemantics(string column, string operation, string value)
    {
        await AssertOperationAsync(column, operation, value);
    }

    [Theory]
    [MemberData(nameof(NullCases))]
    public async Task Where_EqualityWithNull_MatchesRowsWithoutAValueOrWithOne(string column, string operation)
    {
        await AssertOperationAsync(column, operation, null);
    }

    [Theory]
    [MemberData(nameof(ListCases))]
    public async Task Where_InAndNin_MatchMembership(string column, string operation, string list)
    {
        var (_, _, read) = Columns[column];
        var values = read(fixture.Rows).Select(r => r.Value).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        string?[] operand = list switch
        {
            "two values and one of none" => [values[0], values[values.Count / 2], "no such text"],
            "empty" => [],
            "with null" => [values[^1], null],
            "other case" => [values[0].ToUpperInvariant(), values[1].ToLowerInvariant()],
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };

        await AssertOperationAsync(column, operation, operand);
    }

    [Fact]
    public async Task Where_CaseInsensitiveNonAsciiText_MatchesTheHandPickedRows()
    {
        var ids = fixture.Rows.Projects.Where(p => p.Code.StartsWith("EDGE-", StringComparison.Ordinal)).ToDictionary(p => p.Name, p => p.Id);

        // Accented capitals fold to their small letters on both stores; accents are not ignored; ß is not SS.
        await fixture.Client.FiltersToAsync("projects", "{ name: { ieq: \"école numérique\" } }", [ids["École numérique"]]);
        await fixture.Client.FiltersToAsync("projects", "{ name: { istartsWith: \"écol\" } }", [ids["École numérique"], ids["ÉCOLE PILOTE"]]);
        await fixture.Client.FiltersToAsync("projects", "{ name: { icontains: \"ÉCOLE\" } }", [ids["École numérique"], ids["ÉCOLE PILOTE"]]);
        await fixture.Client.FiltersToAsync("projects", "{ name: { startsWith: \"École\" } }", [ids["École numérique"]]);
        await fixture.Client.FiltersToAsync("projects", "{ name: { istartsWith: \"ecole\" } }", [ids["Ecole sans accent"]]);
        await fixture.Client.FiltersToAsync("projects", "{ name: { icontains: \"STRASSE\" } }", [ids["STRASSE Neubau"]]);
        await fixture.Client.FiltersToAsync("projects", "{ name: { icontains: \"straße\" } }", [ids["Straße Ausbau"]]);
        await fixture.Client.FiltersToAsync("projects", "{ name: { iendsWith: \"NUMÉRIQUE\" } }", [ids["École numérique"]]);
    }

    private async Task AssertOperationAsync(string column, string operation, object? operand)
    {
        var (collection, template, read) = Columns[column];
        var expected = read(fixture.Rows).Where(r => OperatorSemantics.Text(r.Value, operation, operand)).Select(r => r.Id);
        var where = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, $"{{ {operation}: {GraphQLLiteral.Of(operand)} }}");

        await fixture.Client.FiltersToAsync(collection, where, expected);
    }
}
