using GraphQL.Types;

namespace PmoGraph.Schema.Benefits;

public sealed class RecordBenefitMeasurementInputType : InputObjectGraphType<RecordBenefitMeasurementInput>
{
    public RecordBenefitMeasurementInputType()
    {
        Name = "RecordBenefitMeasurementInput";
        Description = "A benefit's planned and realised value for one month, replacing what was recorded before.";
        Field(i => i.BenefitId).Description("The benefit measured.");
        Field(i => i.Period).Description("The month measured, as its first day.");
        Field(i => i.Planned).Description("The value planned for the month, 0 or more, in the benefit's currency. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.Actual).Description("The value realised in the month, 0 or more. Money: at most 10^12 in magnitude, with at most two decimals.");
        Field(i => i.Version, nullable: true)
            .Description("The version of the measurement read; required when one exists for the month (a ConcurrencyError otherwise), ignored for a new one.");
    }
}
