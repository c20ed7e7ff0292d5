using GraphQL.Types;
using PmoGraph.Schema.Selection;

namespace PmoGraph.Schema.Scenarios;

public sealed class SaveScenarioInputType : InputObjectGraphType<SaveScenarioInput>
{
    public SaveScenarioInputType()
    {
        Name = "SaveScenarioInput";
        Description = "A named portfolio selection to solve and keep with its constraints and result.";
        Field(i => i.Name).Description("The scenario's name, at most 200 characters.");
        Field(i => i.Description, nullable: true).Description("What the scenario explores, at most 4000 characters.");
        Field(i => i.Selection, type: typeof(NonNullGraphType<SelectionRequestType>)).Description("The candidates and constraints to solve under.");
    }
}
