using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Benefits;

public sealed class BenefitMeasurementType : ObjectGraphType<BenefitMeasurement>
{
    public BenefitMeasurementType()
    {
        Name = "BenefitMeasurement";
        Description = "A benefit's planned and realised value in one month.";
        Field(m => m.Id).Description("The measurement's id.");
        Field(m => m.Period).Description("The month measured, as its first day.");
        Field(m => m.Planned).Description("The value planned to be realised in the month, in the benefit's currency.").Sensitive(SensitiveData.Financial);
        Field(m => m.Actual).Description("The value actually realised in the month, in the benefit's currency.").Sensitive(SensitiveData.Financial);
        Field(m => m.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<BenefitMeasurement, Benefit, BenefitType>("benefit", m => m.BenefitId).Description("The benefit measured.");
    }
}
