using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Security;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Querying;

/// <summary>
/// <c>{name}Aggregate</c> beside every nested collection: values against LINQ over the rows read straight from the
/// store, and one SQL statement per aggregate field whatever the number of parents.
/// </summary>
public sealed class NestedAggregateTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Every project with its program and its sponsor's department, read with EF Core, not through the API.</summary>
    private Task<List<Project>> StoreProjectsAsync() => factory.ReadAsync(db => db.Set<Project>().AsNoTracking()
        .Include(p => p.Program).Include(p => p.Sponsor).ThenInclude(s => s!.Department).OrderBy(p => p.Id).ToListAsync());

    [Fact]
    public async Task ProgramsProjectsAggregate_WhereAndGroupedByStage_MatchesLinqPerProgram()
    {
        var projects = (await StoreProjectsAsync()).Where(p => !p.IsArchived && p.Priority >= 2).ToList();

        var programs = (await _client.DataAsync("""
            { programs(first: 50) { nodes { id
                projectsAggregate(where: { isArchived: { eq: false }, priority: { gte: 2 } }, groupBy: [{ stage: true }]) {
                  count sum { budgetAtCompletion priority } avg { budgetAtCompletion priority } min { plannedStart } max { budgetAtCompletion }
                  groups { key { stage } count sum { budgetAtCompletion } avg { priority } } } } } }
            """)).GetProperty("programs").GetProperty("nodes").EnumerateArray().ToList();

        Assert.True(programs.Count > 3, "the demo data has several programs");
        Assert.Contains(programs, p => p.GetProperty("projectsAggregate").GetProperty("groups").GetArrayLength() > 1);
        foreach (var program in programs)
        {
            var own = projects.Where(p => p.ProgramId == program.GetProperty("id").GetInt32()).ToList();
            var aggregate = program.GetProperty("projectsAggregate");
            Assert.Equal(own.Count, aggregate.GetProperty("count").GetInt32());
            if (own.Count == 0)
            {
                continue;
            }

            Assert.Equal(own.Sum(p => p.BudgetAtCompletion), aggregate.GetProperty("sum").GetProperty("budgetAtCompletion").GetDecimal());
            Assert.Equal(own.Sum(p => p.Priority), aggregate.GetProperty("sum").GetProperty("priority").GetInt64());
            Assert.Equal(own.Average(p => p.BudgetAtCompletion), aggregate.GetProperty("avg").GetProperty("budgetAtCompletion").GetDecimal(), 6);
            Assert.Equal(own.Average(p => p.Priority), aggregate.GetProperty("avg").GetProperty("priority").GetDouble(), 9);
            Assert.Equal(own.Min(p => p.PlannedStart), Date(aggregate.GetProperty("min").GetProperty("plannedStart")));
            Assert.Equal(own.Max(p => p.BudgetAtCompletion), aggregate.GetProperty("max").GetProperty("budgetAtCompletion").GetDecimal());
            // Groups come in the order of their key values: an enum's in declaration order.
            var expected = own.GroupBy(p => p.Stage).OrderBy(g => g.Key).ToList();
            var groups = aggregate.GetProperty("groups").EnumerateArray().ToList();
            Assert.Equal(expected.Select(g => Enum(g.Key)), groups.Select(g => g.GetProperty("key").GetProperty("stage").GetString()));
            foreach (var (want, got) in expected.Zip(groups))
            {
                Assert.Equal(want.Count(), got.GetProperty("count").GetInt32());
                Assert.Equal(want.Sum(p => p.BudgetAtCompletion), got.GetProperty("sum").GetProperty("budgetAtCompletion").GetDecimal());
                Assert.Equal(want.Average(p => p.Priority), got.GetProperty("avg").GetProperty("priority").GetDouble(), 9);
            }
        }
    }

    [Fact]
    public async Task DepartmentsProjectsAggregate_GroupedByProgramAndSponsorsDepartment_MatchesLinqPerDepartment()
    {
        var all = await StoreProjectsAsync();
        var median = all.Select(p => p.BudgetAtCompletion).Order().ElementAt(all.Count / 2);
        var projects = all.Where(p => p.BudgetAtCompletion >= median).ToList();

        var departments = (await _client.DataAsync($$"""
            { departments(first: 50) { nodes { id
                projectsAggregate(where: { budgetAtCompletion: { gte: {{median.ToString(CultureInfo.InvariantCulture)}} } },
                                  groupBy: [{ program: { name: true } }, { sponsor: { department: { name: true } } }]) {
                  count avg { budgetAtCompletion }
                  groups { key { program { name } sponsor { department { name } } } count avg { budgetAtCompletion } min { plannedStart } } } } } }
            """)).GetProperty("departments").GetProperty("nodes").EnumerateArray().ToList();

        var grouped = 0;
        foreach (var department in departments)
        {
            var own = projects.Where(p => p.DepartmentId == department.GetProperty("id").GetInt32()).ToList();
            var aggregate = department.GetProperty("projectsAggregate");
            Assert.Equal(own.Count, aggregate.GetProperty("count").GetInt32());
            var expected = own.GroupBy(p => (Program: p.Program.Name, Department: p.Sponsor?.Department?.Name))
                .OrderBy(g => g.Key.Program, StringComparer.Ordinal).ThenBy(g => g.Key.Department, StringComparer.Ordinal).ToList();
            var groups = aggregate.GetProperty("groups").EnumerateArray().ToList();
            Assert.Equal(expected.Count, groups.Count);
            grouped += groups.Count;
            foreach (var (want, got) in expected.Zip(groups))
            {
                var key = got.GetProperty("key");
                Assert.Equal(want.Key.Program, key.GetProperty("program").GetProperty("name").GetString());
                var sponsorDepartment = key.GetProperty("sponsor").GetProperty("department").GetProperty("name");
                Assert.Equal(want.Key.Department, sponsorDepartment.ValueKind == JsonValueKind.Null ? null : sponsorDepartment.GetString());
                Assert.Equal(want.Count(), got.GetProperty("count").GetInt32());
                Assert.Equal(want.Average(p => p.BudgetAtCompletion), got.GetProperty("avg").GetProperty("budgetAtCompletion").GetDecimal(), 6);
                Assert.Equal(want.Min(p => p.PlannedStart), Date(got.GetProperty("min").GetProperty("plannedStart")));
            }

            if (own.Count > 0)
            {
                Assert.Equal(own.Average(p => p.BudgetAtCompletion), aggregate.GetProperty("avg").GetProperty("budgetAtCompletion").GetDecimal(), 6);
            }
        }

        Assert.True(grouped > departments.Count, "the filtered projects spread over several programs and sponsor departments");
    }

    [Fact]
    public async Task ProgramsProjectsAggregate_NoChildRowMatches_CountZeroNullValuesNoGroups()
    {
        var programs = (await _client.DataAsync("""
            { programs(first: 50) { nodes { id
                projectsAggregate(where: { name: { eq: "no such project" } }, groupBy: [{ stage: true }]) {
                  count sum { budgetAtCompletion } avg { priority } min { plannedStart } max { budgetAtCompletion } groups { count } } } } }
            """)).GetProperty("programs").GetProperty("nodes").EnumerateArray().ToList();

        Assert.NotEmpty(programs);
        foreach (var aggregate in programs.Select(p => p.GetProperty("projectsAggregate")))
        {
            // As the root aggregate gives for no rows: a count of zero, null values, no groups.
            Assert.Equal(0, aggregate.GetProperty("count").GetInt32());
            Assert.Equal(JsonValueKind.Null, aggregate.GetProperty("sum").GetProperty("budgetAtCompletion").ValueKind);
            Assert.Equal(JsonValueKind.Null, aggregate.GetProperty("avg").GetProperty("priority").ValueKind);
            Assert.Equal(JsonValueKind.Null, aggregate.GetProperty("min").GetProperty("plannedStart").ValueKind);
            Assert.Equal(JsonValueKind.Null, aggregate.GetProperty("max").GetProperty("budgetAtCompletion").ValueKind);
            Assert.Equal(0, aggregate.GetProperty("groups").GetArrayLength());
        }
    }

    [Theory]
    // One parent, many parents: the page, then one aggregate statement grouped by the parent key.
    [InlineData("{ programs(first: 1) { nodes { projectsAggregate(groupBy: [{ stage: true }]) { count sum { budgetAtCompletion } groups { key { stage } count } } } } }", 2)]
    [InlineData("{ programs(first: 50) { nodes { projectsAggregate(groupBy: [{ stage: true }]) { count sum { budgetAtCompletion } groups { key { stage } count } } } } }", 2)]
    [InlineData("{ departments(first: 50) { nodes { projectsAggregate { count avg { priority } } } } }", 2)]
    // Two aggregate fields (aliases with their own arguments): one statement each.
    [InlineData("{ programs(first: 50) { nodes { a: projectsAggregate { count } b: projectsAggregate(groupBy: [{ stage: true }]) { groups { count } } } } }", 3)]
    // Two levels down: the projection reads programs and their projects in one statement, the risks' aggregates in one more.
    [InlineData("{ programs(first: 20) { nodes { projects(first: 10) { nodes { code risksAggregate(groupBy: [{ status: true }]) { count groups { key { status } max { exposure } } } } } } } }", 2)]
    public async Task NestedAggregate_OneOrManyParents_OneStatementPerAggregateField(string query, int statements)
    {
        await _client.DataAsync(query);
        factory.SqlCommands.Reset();

        await _client.DataAsync(query);

        Assert.Equal(statements, factory.SqlCommands.Count);
        Assert.All(factory.SqlCommands.Texts.Skip(1), sql => Assert.Contains("GROUP BY", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task NestedAggregate_UnknownGroupByField_ValidationErrorAndNoSql()
    {
        factory.SqlCommands.Reset();

        var response = await _client.QueryAsync("{ programs(first: 2) { nodes { projectsAggregate(groupBy: [{ noSuchField: true }]) { count } } } }");

        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE"], response.ErrorCodes());
        Assert.Equal(0, factory.SqlCommands.Count);
    }

    [Theory]
    [InlineData("groupBy: [{ stage: true }, { currency: true }, { priority: true }, { isArchived: true }, { name: true }]", "INVALID_GROUP_BY")]
    [InlineData("groupBy: [{ stage: true, currency: true, priority: true, isArchived: true, name: true }]", "INVALID_GROUP_BY")]
    [InlineData("where: { budgetAtCompletion: { gt: null } }", "INVALID_FILTER")]
    public async Task NestedAggregate_BadArguments_ErrorsWithACodeBeforeAnySql(string arguments, string code)
    {
        await _client.DataAsync("{ programs(first: 2) { nodes { id } } }");
        factory.SqlCommands.Reset();

        var response = await _client.QueryAsync($"{{ programs(first: 2) {{ nodes {{ id projectsAggregate({arguments}) {{ count groups {{ count }} }} }} }} }}");

        Assert.Equal([code], response.ErrorCodes());
        Assert.Equal(0, factory.SqlCommands.Count); // checked with the document: not even the programs page ran
    }

    private static string Enum(LifecycleStage stage) => stage.ToString().ToUpperInvariant();

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
