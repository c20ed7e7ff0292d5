using GraphQL.Types;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Strategy;

public sealed class DriverWeightRevisionType : ObjectGraphType<DriverWeightRevision>
{
    public DriverWeightRevisionType()
    {
        Name = "DriverWeightRevision";
        Description = "One weighing of the business drivers by AHP over the judgements in force at the time; applied to the drivers' stored weights only when consistent.";
        Field(r => r.Id).Description("The weighing's id.");
        Field(r => r.ComputedAt).Description("When the drivers were weighed (UTC).").Filterable().Sortable();
        Field(r => r.Trigger).Description("The change that caused the weighing: compareDrivers, updateDriver or seed.").Filterable();
        Field(r => r.DriverCount).Description("Active drivers weighed.");
        Field(r => r.JudgementCount).Description("Pairwise judgements between them.");
        Field(r => r.MissingJudgements).Description("Pairs never judged; each counted as equal importance (1).");
        Field(r => r.LambdaMax).Description("The principal eigenvalue of the comparison matrix.");
        Field(r => r.ConsistencyRatio).Description("CR = CI / RI; above 0.1 the judgements are inconsistent.").Sortable();
        Field(r => r.IsApplied).Description("Whether the drivers' stored weights come from this weighing (it was consistent).").Filterable();
    }
}
