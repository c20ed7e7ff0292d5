using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Risks;

public sealed class UpdateRiskInputType : UpdateInputType<UpdateRiskInput, Risk>
{
    public UpdateRiskInputType()
        : base("UpdateRiskInput", "risk", "A fresh assessment of an open risk; exposure and cost exposure are recomputed from it.")
    {
        Patch(i => i.Title, "A short title, at most 200 characters.");
        Patch(i => i.Description, "What could happen and why, at most 4000 characters.");
        Patch(i => i.Probability, "Likelihood, from 0 to 1 with at most four decimals.")
            .InRange(0m, 1m, 4);
        Patch(i => i.Impact, "Impact on a 1 (minor) to 5 (severe) scale.");
        Patch(i => i.CostImpact,
            "What the risk would cost if it occurred, 0 or more; cost exposure is this times the probability. It cannot be null; left out, it is the stored cost exposure over the stored probability, and it must be given when a risk of probability 0 gets another. Money: at most 10^12 in magnitude, with at most two decimals.",
            stored: false);
        Patch(i => i.OwnerId, "The id of the person who owns the risk.");
        Patch(i => i.Mitigation, "How the risk is being reduced, at most 4000 characters.");
        Patch(i => i.Status, "OPEN, MITIGATING or OCCURRED; a risk is closed with closeRisk.", typeof(RiskStatusType));
        Derives(r => r.Exposure);
        Derives(r => r.CostExposure);
    }
}
