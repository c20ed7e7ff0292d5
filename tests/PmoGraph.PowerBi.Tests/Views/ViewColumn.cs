namespace PmoGraph.PowerBi.Tests.Views;

/// <summary>A column a view's header declares: <c>-- column name type: description</c>.</summary>
public sealed record ViewColumn(string Name, string Type, string Description);
