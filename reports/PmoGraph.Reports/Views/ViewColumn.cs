namespace PmoGraph.Reports.Views;

/// <summary>One column of a reporting view, as its SQL file declares it.</summary>
public sealed record ViewColumn(string Name, ViewColumnType Type, string Description, Sensitivity Sensitivity);
