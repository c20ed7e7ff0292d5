using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Ids of the reference rows saved before the projects. Project batches point at them by id, never by a tracked
/// navigation, so the change tracker can be cleared between batches.
/// </summary>
internal sealed class DemoDirectory
{
    public required int[] DepartmentIds { get; init; }

    public required int[] ExecutiveIds { get; init; }

    public required int[] ProjectManagerIds { get; init; }

    public required int[] SpecialistIds { get; init; }

    public required int[] ProgramIds { get; init; }

    public required int[] ProgramThemes { get; init; }

    public required string[] ProgramNames { get; init; }

    public required int[] ResourceIds { get; init; }

    /// <summary>Business drivers in insertion order (revenue, cost, experience, compliance, engagement).</summary>
    public required int[] DriverIds { get; init; }

    /// <summary>Objective-level strategy nodes, in the order of <see cref="DemoStrategyBuilder.Objectives"/>.</summary>
    public required int[] ObjectiveIds { get; init; }

    public required IReadOnlyList<(LifecycleStage Stage, ArtefactType Artefact, string Name, bool Mandatory)> Standards { get; init; }
}
