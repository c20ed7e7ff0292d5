using GraphQL.Types;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Risks;

public sealed class UpdateRiskInputType : InputObjectGraphType<UpdateRiskInput>
{
    public UpdateRiskInputType()
    {
        Name = "UpdateRiskInput";
        Description = "A fresh assessment of an open risk; exposure and cost exposure are recomputed from it.";
        Field(i => i.Id).Description("The risk to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if the risk changed since.");
        Field(i => i.Title).Description("A short title, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What could happen and why, at most 4000 characters.");
        Field(i => i.Probability).Description("Likelihood, from 0 to 1 with at most four decimals.")
            .InRange(0m, 1m, 4);
        Field(i => i.Impact).Description("Impact on a 1 (minor) to 5 (severe) scale.");
        Field(i => i.CostImpact).Description("What the risk would cost if it occurred, 0 or more; cost exposure is this times the probability. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.OwnerId, nullable: true).Description("The id of the person who owns the risk.");
        Field(i => i.Mitigation, nullable: true).Description("How the risk is being reduced, at most 4000 characters.");
        Field(i => i.Status, type: typeof(NonNullGraphType<RiskStatusType>))
            .Description("OPEN, MITIGATING or OCCURRED; a risk is closed with closeRisk.");
    }
}
