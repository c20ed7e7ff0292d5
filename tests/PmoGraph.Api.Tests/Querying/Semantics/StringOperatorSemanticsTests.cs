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

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var column in Columns.Keys)
        {
            foreach (var operation in Operations.Concat(["in", "nin"]))
            {
                data.Add(column, operation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Where_StringOperation_MatchesOrdinalOrLowerCaseSemantics(string column, string operation)
    {
        var (collection, template, read) = Columns[column];
        var rows = read(fixture.Rows).ToList();
        List<object?> operands;
        if (operation is "in" or "nin")
        {
            var values = rows.Select(r => r.Value).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
            operands =
            [
                new[] { values[0], values[values.Count / 2], "no such text" },
                Array.Empty<string>(),
                new[] { values[^1], null },
                new[] { values[0].ToUpperInvariant(), values[1].ToLowerInvariant() },
            ];
        }
        else
        {
            // eq: null matches rows without a value, neq: null rows with one; ieq: null is eq: null.
            operands = [.. Values, .. operation is "eq" or "neq" or "ieq" ? new object?[] { null } : []];
        }

        await fixture.Client.FilterToAsync([.. operands.Select(operand => (
            collection,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, template, $"{{ {operation}: {GraphQLLiteral.Of(operand)} }}"),
            rows.Where(r => OperatorSemantics.Text(r.Value, operation, operand)).Select(r => r.Id)))]);
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
}
