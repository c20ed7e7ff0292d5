using System.Globalization;
using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

/// <summary>A project as the unfiltered API returns it: the rows expectations are computed from with LINQ.</summary>
public sealed record ProjectRow(
    int Id,
    string Code,
    string Name,
    string Stage,
    int Priority,
    decimal BudgetAtCompletion,
    decimal PercentComplete,
    DateOnly? PlannedStart,
    DateOnly? PlannedFinish,
    DateOnly? ActualFinish,
    bool IsArchived,
    string ProgramName,
    string PortfolioName,
    string? ManagerName,
    IReadOnlyList<DateOnly?> MilestoneActualDates,
    IReadOnlyList<decimal> MilestonePercents,
    IReadOnlyList<string> RiskStatuses)
{
    /// <summary>The selection that <see cref="From"/> reads.</summary>
    public const string Selection =
        "id code name stage priority budgetAtCompletion percentComplete plannedStart plannedFinish actualFinish isArchived " +
        "program { name portfolio { name } } manager { name } milestones(first: 50) { nodes { actualDate percentComplete } } risks(first: 50) { nodes { status } }";

    public static ProjectRow From(JsonElement node) => new(
        node.GetProperty("id").GetInt32(),
        node.GetProperty("code").GetString()!,
        node.GetProperty("name").GetString()!,
        node.GetProperty("stage").GetString()!,
        node.GetProperty("priority").GetInt32(),
        node.GetProperty("budgetAtCompletion").GetDecimal(),
        node.GetProperty("percentComplete").GetDecimal(),
        Date(node.GetProperty("plannedStart")),
        Date(node.GetProperty("plannedFinish")),
        Date(node.GetProperty("actualFinish")),
        node.GetProperty("isArchived").GetBoolean(),
        node.GetProperty("program").GetProperty("name").GetString()!,
        node.GetProperty("program").GetProperty("portfolio").GetProperty("name").GetString()!,
        node.GetProperty("manager").ValueKind == JsonValueKind.Null ? null : node.GetProperty("manager").GetProperty("name").GetString(),
        [.. node.GetProperty("milestones").GetProperty("nodes").EnumerateArray().Select(m => Date(m.GetProperty("actualDate")))],
        [.. node.GetProperty("milestones").GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("percentComplete").GetDecimal())],
        [.. node.GetProperty("risks").GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("status").GetString()!)]);

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
