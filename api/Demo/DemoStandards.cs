using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Demo;

/// <summary>The artefacts the organisation requires by stage, and its RAG policy.</summary>
internal static class DemoStandards
{
    public static IReadOnlyList<(LifecycleStage Stage, ArtefactType Artefact, string Name, bool Mandatory)> Required { get; } =
    [
        (LifecycleStage.Idea, ArtefactType.BusinessCase, "Outline business case", false),
        (LifecycleStage.Proposed, ArtefactType.BusinessCase, "Business case", true),
        (LifecycleStage.Approved, ArtefactType.Charter, "Project charter", true),
        (LifecycleStage.Planning, ArtefactType.RiskRegister, "Risk register", true),
        (LifecycleStage.Executing, ArtefactType.MonthlyStatusReport, "Monthly status report", true),
        (LifecycleStage.Closing, ArtefactType.ClosureReport, "Closure report", true),
    ];

    public static List<Standard> CreateStandards() =>
        Required.Select(r => new Standard
        {
            Name = r.Name,
            Stage = r.Stage,
            Artefact = r.Artefact,
            IsMandatory = r.Mandatory,
            Description = $"A project in {r.Stage} or later has a {r.Name.ToLowerInvariant()} on file.",
        }).ToList();

    public static List<RagThreshold> CreateRagThresholds() =>
    [
        new() { Metric = "SPI", GreenFrom = 0.95m, AmberFrom = 0.90m },
        new() { Metric = "CPI", GreenFrom = 0.95m, AmberFrom = 0.90m },
    ];
}
