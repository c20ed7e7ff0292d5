using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Compliance;

/// <summary>
/// Methodology compliance as a pure function: a project in stage S has reached every stage up to S in the lifecycle's
/// order (IDEA .. CLOSED), so it must hold the artefact of every mandatory standard of those stages. A CANCELLED project
/// is not assessed (it is unknown how far it got).
/// </summary>
public static class ComplianceCalculator
{
    public static ComplianceAssessment Assess(int projectId, LifecycleStage stage, IReadOnlyCollection<Standard> standards, IReadOnlySet<ArtefactType> artefacts)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(artefacts);
        if (stage == LifecycleStage.Cancelled)
        {
            return new ComplianceAssessment(projectId, 0, 0, null, []);
        }

        var required = standards.Where(s => s.IsMandatory && s.Stage <= stage && s.Stage != LifecycleStage.Cancelled)
            .OrderBy(s => s.Stage).ThenBy(s => s.Artefact).ToList();
        var missing = required.Where(s => !artefacts.Contains(s.Artefact)).ToList();
        var present = required.Count - missing.Count;
        return new ComplianceAssessment(projectId, required.Count, present, EarnedValueCalculator.Ratio(present, required.Count), missing);
    }
}
