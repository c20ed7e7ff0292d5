using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class UpdateDriverInputType : InputObjectGraphType<UpdateDriverInput>
{
    public UpdateDriverInputType()
    {
        Name = "UpdateDriverInput";
        Description = "New values for a business driver.";
        Field(i => i.Id).Description("The driver to update.");
        Field(i => i.Version).Description("The version read; the update fails with a ConcurrencyError if the driver changed since.");
        Field(i => i.Name).Description("The driver's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the driver rewards in a project, at most 4000 characters.");
        Field(i => i.IsActive).Description("Whether the driver takes part in weighting and project valuation.").DefaultValue(true);
    }
}
