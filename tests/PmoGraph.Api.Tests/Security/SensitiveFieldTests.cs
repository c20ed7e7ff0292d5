using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security;

/// <summary>A viewer reads no financial or people field, neither by selecting it nor by filtering or sorting on it.</summary>
public sealed class SensitiveFieldTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    /// <summary>Every field marked sensitive in the schema, as Type.field; a new money or people field shows up here.</summary>
    public static readonly string[] Expected =
    [
        "AuditEntry.*", "Allocation.*", "BenefitMeasurement.actual", "BenefitMeasurement.planned", "Benefit.plannedValue",
        "BudgetUse.candidateDemand", "BudgetUse.greedySpend", "BudgetUse.limit", "BudgetUse.optimalSpend",
        "ChangeRequest.costImpact", "DriverSpend.actualCost", "DriverSpend.alignedBudget", "DriverSpend.allocatedBudget",
        "EarnedValue.actualCost", "EarnedValue.bottomUpEstimateToComplete", "EarnedValue.budgetAtCompletion", "EarnedValue.costVariance",
        "EarnedValue.earnedValue", "EarnedValue.estimateAtCompletion", "EarnedValue.estimateAtCompletionAtBudgetRate",
        "EarnedValue.estimateAtCompletionBottomUp", "EarnedValue.estimateAtCompletionCpiSpi", "EarnedValue.estimateToComplete",
        "EarnedValue.plannedValue", "EarnedValue.scheduleVariance", "EarnedValue.varianceAtCompletion",
        "EvmSnapshot.actualCost", "EvmSnapshot.budgetAtCompletion", "EvmSnapshot.costVariance",
        "EvmSnapshot.earnedValue", "EvmSnapshot.estimateAtCompletion", "EvmSnapshot.estimateAtCompletionAtBudgetRate", "EvmSnapshot.estimateAtCompletionBottomUp", "EvmSnapshot.estimateAtCompletionCpiSpi", "EvmSnapshot.estimateToComplete", "EvmSnapshot.plannedValue",
        "EvmSnapshot.scheduleVariance", "EvmSnapshot.varianceAtCompletion", "FinancialLine.*", "FrontierPoint.budget", "FrontierPoint.cost",
        "KpiMeasure.denominator", "KpiMeasure.numerator", "KpiValue.denominator", "KpiValue.numerator",
        "ObjectiveSpend.actualCost", "ObjectiveSpend.alignedBudget", "ObjectiveSpend.allocatedBudget",
        "Person.*", "PortfolioScenario.bestBound", "PortfolioScenario.totalCost", "PortfolioScenario.totalValue",
        "PortfolioSelection.greedyCost", "PortfolioSelection.totalCost", "Project.budgetAtCompletion", "Resource.*", "Risk.costExposure",
        "ScenarioComparisonRow.cost", "ScenarioProject.cost", "SelectionLine.cost", "SurveyResponse.respondent",
    ];

    private static readonly string[] AggregateSuffixes = ["SumAggregate", "AvgAggregate", "MinMaxAggregate", "GroupKey"];

    public static TheoryData<string> Refused =>
    [
        "{ projects(first: 1) { nodes { budgetAtCompletion } } }",
        "{ projects(first: 1) { nodes { manager { id } } } }",
        "{ people(first: 1) { nodes { id } } }",
        "{ project(id: 1) { financialLines { nodes { month } } } }",
        "{ project(id: 1) { risks { nodes { costExposure } } } }",
        "{ project(id: 1) { ...money } } fragment money on Project { code budgetAtCompletion }",
        "{ a: project(id: 1) { code } b: project(id: 2) { bac: budgetAtCompletion } }",
        "{ projects(first: 1, where: { budgetAtCompletion: { gt: 1000000 } }) { totalCount } }",
        "{ projects(first: 1, order: [{ budgetAtCompletion: DESC }]) { nodes { code } } }",
        "{ projects(first: 1, where: { manager: { name: { startsWith: \"A\" } } }) { totalCount } }",
        "{ project(id: 1) { earnedValue { actualCost } } }",
        "{ portfolios(first: 1) { nodes { earnedValue { estimateAtCompletion } } } }",
        "{ kpis(period: \"2026-10-01\", kpi: \"roi\") { numerator } }",
        "{ spendByDriver { alignedBudget } }",
        "{ spendByObjective { actualCost } }",
        "{ projectsAggregate { sum { budgetAtCompletion } } }",
        "{ projectsAggregate { max { budgetAtCompletion } } }",
        "{ projectsAggregate(groupBy: [{ budgetAtCompletion: true }]) { groups { count } } }",
        "{ projectsAggregate(groupBy: [{ code: true }]) { groups { key { budgetAtCompletion } } } }",
        "{ risksAggregate { avg { costExposure } } }",
        "{ risksAggregate(where: { costExposure: { gt: 0 } }) { count } }",
        "{ projectsAggregate(groupBy: [{ manager: { department: { name: true } } }]) { count } }",
        "{ projectsAggregate(groupBy: [{ stage: true }]) { groups { avg { budgetAtCompletion } } } }",
        "{ programs(first: 1) { nodes { projectsAggregate { max { budgetAtCompletion } } } } }",
        "{ programs(first: 1) { nodes { projectsAggregate { ...money } } } } fragment money on ProjectAggregate { min { budgetAtCompletion } }",
        "{ programs(first: 1) { nodes { projectsAggregate(groupBy: [{ budgetAtCompletion: true }]) { count } } } }",
        "{ programs(first: 1) { nodes { projectsAggregate(groupBy: [{ sponsor: { department: { name: true } } }]) { count } } } }",
        "{ programs(first: 1) { nodes { projectsAggregate(where: { budgetAtCompletion: { gt: 1000000 } }) { count } } } }",
        "{ project(id: 1) { financialLinesAggregate { sum { actual } } } }",
        "{ project(id: 1) { risksAggregate { avg { costExposure } } } }",
    ];

    [Fact]
    public void Schema_SensitiveMarks_AreTheExpectedOnes()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var marked = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => AggregateNodeOf(t.Name) is null))
        {
            if (SensitiveFieldExtensions.SensitivityOf(type) is not null)
            {
                marked.Add(type.Name + ".*");
                continue;
            }

            marked.AddRange(type.Fields.Where(f => SensitiveFieldExtensions.SensitivityOf(f) is not null).Select(f => type.Name + "." + f.Name));
        }

        Assert.Equal(Expected.Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_AggregatesAndGroupKeys_CarryTheMarksOfTheirNodeFields()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var checkedFields = 0;
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            if (AggregateNodeOf(type.Name) is not { } nodeName || schema.AllTypes[nodeName] is not IObjectGraphType node)
            {
                continue;
            }

            foreach (var field in type.Fields)
            {
                // A sum, average, extreme or group key of a field reveals it: it is refused exactly when the field is.
                var expected = SensitiveFieldExtensions.SensitivityOf(node) ?? SensitiveFieldExtensions.SensitivityOf(node.GetField(field.Name));
                Assert.True(expected == SensitiveFieldExtensions.SensitivityOf(field), $"{type.Name}.{field.Name}");
                checkedFields++;
            }
        }

        Assert.True(checkedFields > 100);
    }

    [Fact]
    public async Task Query_ViewerAsksForCountsAndOrdinaryAggregates_Allowed()
    {
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");

        var data = await viewer.DataAsync("""
            { programs(first: 1) { nodes { projectsAggregate(groupBy: [{ stage: true }]) { count sum { priority } groups { key { stage } count avg { percentComplete } } } } }
              project(id: 1) { risksAggregate { count max { exposure } } financialLinesAggregate { count } } }
            """);

        Assert.True(data.GetProperty("programs").GetProperty("nodes")[0].GetProperty("projectsAggregate").GetProperty("count").GetInt32() > 0);
        Assert.True(data.GetProperty("project").GetProperty("financialLinesAggregate").GetProperty("count").GetInt32() > 0);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Query_ViewerAsksForASensitiveField_AuthNotAuthorized(string query)
    {
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");

        var response = await viewer.QueryAsync(query);

        Assert.Contains("AUTH_NOT_AUTHORIZED", response.ErrorCodes());
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Query_AnalystAsksForTheSameFields_Allowed(string query)
    {
        var analyst = factory.CreateClientFor(PmoRoles.Analyst, "analyst");

        await analyst.DataAsync(query);
    }

    [Fact]
    public async Task Query_ViewerAsksForOrdinaryFields_Allowed()
    {
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");

        var data = await viewer.DataAsync("{ projects(first: 2, where: { stage: { eq: EXECUTING } }) { nodes { code name stage risks { nodes { title exposure } } } } }");

        Assert.Equal(2, data.GetProperty("projects").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Query_ViewerAsksForRatiosAndCounts_Allowed()
    {
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");

        var data = await viewer.DataAsync("""
            { project(id: 1) { earnedValue { costPerformanceIndex schedulePerformanceIndex rag } }
              kpis(period: "2026-10-01", kpi: "completion_rate") { kpi value }
              spendByDriver { projects } }
            """);

        Assert.Equal(JsonValueKind.Object, data.GetProperty("project").GetProperty("earnedValue").ValueKind);
        Assert.NotEqual(0, data.GetProperty("spendByDriver").GetArrayLength());
    }

    [Theory]
    [InlineData("{ projectsAggregate { sum { budgetAtCompletion } } }", "'ProjectSumAggregate.budgetAtCompletion'")]
    [InlineData("{ projectsAggregate(groupBy: [{ budgetAtCompletion: true }]) { count } }", "'Project.budgetAtCompletion'")]
    [InlineData("{ projects(first: 1) { nodes { manager { id } } } }", "'Project.manager'")]
    public async Task Query_ViewerAsksForASensitiveField_ErrorNamesIt(string query, string named)
    {
        var viewer = factory.CreateClientFor(PmoRoles.Viewer, "viewer");

        var response = await viewer.QueryAsync(query);

        var message = response.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    /// <summary>The node type an aggregate values or group key type belongs to (<c>ProjectSumAggregate</c> gives <c>Project</c>).</summary>
    private static string? AggregateNodeOf(string typeName) =>
        AggregateSuffixes.Where(suffix => typeName.EndsWith(suffix, StringComparison.Ordinal)).Select(suffix => typeName[..^suffix.Length]).FirstOrDefault();
}
