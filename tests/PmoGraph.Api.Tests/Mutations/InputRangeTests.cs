using System.Text.Json;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Audit;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Mutations;

/// <summary>
/// Issue #16, finding 9: every money, date and code field of every mutation input is held to its range, with a
/// ValidationError naming the field, and nothing is written. The cases are generated from the schema.
/// </summary>
public sealed class InputRangeTests(MutationTestFactory api) : IClassFixture<MutationTestFactory>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in MutationInputCases.OutOfRange())
        {
            data.Add(c.Mutation, string.Join('.', c.Path), c.Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Mutation_FieldOutOfItsRange_IsAValidationErrorAndWritesNothing(string mutation, string path, string value)
    {
        var c = MutationInputCases.OutOfRange().Single(x => x.Mutation == mutation && string.Join('.', x.Path) == path && x.Value == value);
        var inputType = (IInputObjectGraphType)MutationInputCases.Schema.AllTypes[c.InputType]!;
        var input = MutationInputCases.Input(inputType, c.Path, c.JsonValue);
        var before = await FingerprintAsync();

        var data = await api.Client.DataAsync(
            $"mutation($input: {c.InputType}!) {{ {mutation}(input: $input) {{ errors {{ __typename ... on ValidationError {{ path rule }} }} }} }}",
            new { input });

        // The rest of the input is valid by type only (ids that may not exist, versions that may be stale): other errors
        // may come with it, but this one must be among them, once.
        var errors = data.GetProperty(mutation).GetProperty("errors").EnumerateArray().ToList();
        var error = Assert.Single(errors, e => e.TryGetProperty("path", out var at)
            && at.EnumerateArray().Select(p => p.GetString()!).SequenceEqual(["input", .. c.Path]) && e.GetProperty("rule").GetString() == c.Rule);
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(before, await FingerprintAsync());
    }

    [Fact]
    public void Cases_WalkTheSchema_CoverEveryKindOfBoundedField()
    {
        var cases = MutationInputCases.OutOfRange().ToList();

        Assert.Contains(cases, c => c is { Mutation: "createProject", Rule: "range" } && c.Path.SequenceEqual(["budgetAtCompletion"]));
        Assert.Contains(cases, c => c is { Mutation: "recordFinancials", Rule: "range" } && c.Path.SequenceEqual(["actual"]));
        Assert.Contains(cases, c => c is { Mutation: "saveScenario", Rule: "range" } && c.Path.SequenceEqual(["selection", "budgets", "0", "amount"]));
        Assert.Contains(cases, c => c is { Mutation: "updateProject", Rule: "range" } && c.Path.SequenceEqual(["statusDate"]));
        Assert.Contains(cases, c => c is { Mutation: "createProject", Rule: "format" } && c.Path.SequenceEqual(["code"]));
        Assert.True(cases.Select(c => c.Mutation).Distinct().Count() >= 20, string.Join(", ", cases.Select(c => c.Mutation).Distinct()));
    }

    [Fact]
    public void DecimalInputs_Descriptions_SayTheirBound()
    {
        var fields = MutationInputCases.DecimalFields().ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Contains("decimals", f.Field.Description, StringComparison.Ordinal));
        Assert.Contains(ValueRanges.DateWindowText, MutationInputCases.Schema.AllTypes["Date"]!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateProject_CodeWithATrailingNewline_IsRefusedAndNoSecondProjectExists()
    {
        var existing = await api.ReadAsync(db => db.Set<Project>().OrderBy(p => p.Id).Select(p => new { p.Code, p.ProgramId }).FirstAsync());

        var payload = await api.CallAsync("createProject", "project { id }", new
        {
            programId = existing.ProgramId,
            code = existing.Code + "\n",
            name = "Twin",
            budgetAtCompletion = 1m,
            currency = "EUR",
            earnedValueMethod = "WEIGHTED_MILESTONES",
            priority = 1,
        });

        Assert.Equal([("code", "format")], payload.Violations());
        Assert.Equal(1, await api.ReadAsync(db => db.Set<Project>().CountAsync(p => p.Code.StartsWith(existing.Code))));
    }

    [Fact]
    public async Task CreateProject_AtTheBounds_IsStoredExactly()
    {
        var programId = await api.ReadAsync(db => db.Set<PmoGraph.Schema.Programs.Program>().Select(p => p.Id).FirstAsync());

        var project = (await api.CallAsync("createProject", "project { id budgetAtCompletion plannedStart plannedFinish }", new
        {
            programId,
            code = "RANGE-EDGE",
            name = "At the edges",
            plannedStart = "1900-01-01",
            plannedFinish = "2200-12-31",
            budgetAtCompletion = 999_999_999_999.99m,
            currency = "EUR",
            earnedValueMethod = "WEIGHTED_MILESTONES",
            priority = 1,
        })).Succeeded("project");

        var stored = await api.ReadAsync(db => db.Set<Project>().SingleAsync(p => p.Id == project.Id()));
        Assert.Equal((999_999_999_999.99m, new DateOnly(1900, 1, 1), new DateOnly(2200, 12, 31)), (stored.BudgetAtCompletion, stored.PlannedStart, stored.PlannedFinish));
    }

    /// <summary>The row count of every table and of the audit trail: any write, even a half one, changes it.</summary>
    private Task<string> FingerprintAsync() => api.ReadAsync(async db =>
    {
        var counts = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            // Table names come from the model, not from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            var count = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
            counts.Add($"{table}={count}");
        }

        counts.Add($"audit={await db.Set<AuditEntry>().CountAsync()}");
        return string.Join(' ', counts);
    });
}
