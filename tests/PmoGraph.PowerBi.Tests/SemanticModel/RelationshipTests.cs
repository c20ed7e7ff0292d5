using PmoGraph.PowerBi.Tests.Tmdl;
using PmoGraph.PowerBi.Tests.Views;

namespace PmoGraph.PowerBi.Tests.SemanticModel;

public sealed class RelationshipTests
{
    private readonly ModelDefinition _model = ModelDefinition.Current;
    private readonly IReadOnlyDictionary<string, ViewDefinition> _views = ViewCatalog.Load();

    [Fact]
    public void Relationships_EveryEnd_IsAnExistingColumnOfTheSameDataType()
    {
        var problems = new List<string>();
        foreach (var relationship in _model.Relationships)
        {
            var from = End(relationship, "fromColumn");
            var to = End(relationship, "toColumn");
            var fromColumn = _model.Column(from.Table, from.Column);
            var toColumn = _model.Column(to.Table, to.Column);
            if (fromColumn is null || toColumn is null)
                problems.Add($"{relationship.Name}: {(fromColumn is null ? from : to)} is not a column of the model");
            else if (fromColumn.Property("dataType") != toColumn.Property("dataType"))
                problems.Add($"{relationship.Name}: {fromColumn.Property("dataType")} to {toColumn.Property("dataType")}");
        }

        Assert.Empty(problems);
        Assert.NotEmpty(_model.Relationships);
    }

    [Fact]
    public void Relationships_Every_RunsManyToOneFromAFactToADimensionKeyInOneDirection()
    {
        var problems = new List<string>();
        foreach (var relationship in _model.Relationships)
        {
            var from = End(relationship, "fromColumn");
            var to = End(relationship, "toColumn");
            if (!_views.TryGetValue(from.Table, out var fact) || fact.IsDimension)
                problems.Add($"{relationship.Name}: from {from.Table}, not a fact");
            if (!_views.TryGetValue(to.Table, out var dimension) || !dimension.IsDimension || dimension.Key != to.Column)
                problems.Add($"{relationship.Name}: to {to}, not a dimension's key");
            if (relationship.Property("crossFilteringBehavior") is { } direction && direction != "oneDirection")
                problems.Add($"{relationship.Name}: crossFilteringBehavior {direction}");
            if (relationship.Property("fromCardinality") is { } fromCardinality && fromCardinality != "many")
                problems.Add($"{relationship.Name}: fromCardinality {fromCardinality}");
            if (relationship.Property("toCardinality") is { } toCardinality && toCardinality != "one")
                problems.Add($"{relationship.Name}: toCardinality {toCardinality}");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Relationships_BetweenAFactAndADimension_AtMostOneIsActive()
    {
        var ambiguous = _model.Relationships
            .Where(r => r.Property("isActive") != "false")
            .GroupBy(r => (End(r, "fromColumn").Table, End(r, "toColumn").Table))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Item1} -> {g.Key.Item2}: {string.Join(", ", g.Select(r => r.Name))}")
            .ToList();

        Assert.Empty(ambiguous);
    }

    [Fact]
    public void Relationships_EveryFactKeyColumn_IsRelatedToItsDimension()
    {
        var related = _model.Relationships.Select(r => End(r, "fromColumn")).ToHashSet();
        var dimensionKeys = _views.Values.Where(v => v.IsDimension).Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
        var unrelated = _views.Values
            .Where(v => !v.IsDimension)
            .SelectMany(v => v.Columns.Where(c => c.Name != v.Key && c.Name.EndsWith("_key", StringComparison.Ordinal))
                .Select(c => (Table: v.Name, Column: c.Name)))
            .Where(c => IsDimensionReference(c.Column, dimensionKeys) && !related.Contains(c))
            .Select(c => $"{c.Table}.{c.Column}")
            .ToList();

        Assert.Empty(unrelated);
        Assert.Contains(("bi_fact_financials", "project_key"), related);
        Assert.Contains(("bi_fact_financials", "date_key"), related);
    }

    [Fact]
    public void Relationships_Dimensions_AreNotRelatedToEachOther()
    {
        var snowflakes = _model.Relationships
            .Where(r => _views.TryGetValue(End(r, "fromColumn").Table, out var v) && v.IsDimension)
            .Select(r => r.Name)
            .ToList();

        Assert.Empty(snowflakes);
    }

    private static bool IsDimensionReference(string column, HashSet<string> dimensionKeys) =>
        column.EndsWith("date_key", StringComparison.Ordinal) ||
        column.EndsWith("person_key", StringComparison.Ordinal) ||
        dimensionKeys.Contains(column);

    private static (string Table, string Column) End(TmdlNode relationship, string property)
    {
        var value = relationship.Property(property)
            ?? throw new FormatException($"{relationship} has no {property}");
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        return (value[..dot].Trim('\''), value[(dot + 1)..].Trim('\''));
    }
}
