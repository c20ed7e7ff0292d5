using PmoGraph.Schema.Compliance;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Tests.Compliance;

public sealed class ComplianceCalculatorTests
{
    private static readonly Standard[] _standards =
    [
        new() { Name = "Outline business case", Stage = LifecycleStage.Idea, Artefact = ArtefactType.BusinessCase, IsMandatory = false },
        new() { Name = "Business case", Stage = LifecycleStage.Proposed, Artefact = ArtefactType.BusinessCase },
        new() { Name = "Charter", Stage = LifecycleStage.Approved, Artefact = ArtefactType.Charter },
        new() { Name = "Risk register", Stage = LifecycleStage.Planning, Artefact = ArtefactType.RiskRegister },
        new() { Name = "Status report", Stage = LifecycleStage.Executing, Artefact = ArtefactType.MonthlyStatusReport },
        new() { Name = "Closure report", Stage = LifecycleStage.Closing, Artefact = ArtefactType.ClosureReport },
    ];

    [Fact]
    public void Assess_ExecutingWithTwoOfFourArtefacts_ScoresHalfAndListsTheGaps()
    {
        var result = ComplianceCalculator.Assess(1, LifecycleStage.Executing, _standards, new HashSet<ArtefactType> { ArtefactType.BusinessCase, ArtefactType.RiskRegister });

        // Reached Proposed, Approved, Planning, Executing: 4 mandatory artefacts; has the business case and the risk register.
        Assert.Equal((4, 2, 0.5m), (result.Required, result.Present, result.Score));
        Assert.Equal(["Charter", "Status report"], result.Missing.Select(s => s.Name));
    }

    [Fact]
    public void Assess_IdeaStage_RequiresNothingMandatorySoHasNoScore()
    {
        var result = ComplianceCalculator.Assess(1, LifecycleStage.Idea, _standards, new HashSet<ArtefactType>());

        Assert.Equal((0, 0, (decimal?)null), (result.Required, result.Present, result.Score));
    }

    [Fact]
    public void Assess_Cancelled_IsNotAssessed()
    {
        var result = ComplianceCalculator.Assess(1, LifecycleStage.Cancelled, _standards, new HashSet<ArtefactType>());

        Assert.Equal((0, (decimal?)null), (result.Required, result.Score));
        Assert.Empty(result.Missing);
    }
}
