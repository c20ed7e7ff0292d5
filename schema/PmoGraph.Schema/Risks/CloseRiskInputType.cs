using GraphQL.Types;

namespace PmoGraph.Schema.Risks;

public sealed class CloseRiskInputType : InputObjectGraphType<CloseRiskInput>
{
    public CloseRiskInputType()
    {
        Name = "CloseRiskInput";
        Description = "A risk that no longer threatens the project.";
        Field(i => i.Id).Description("The risk to close.");
        Field(i => i.Version).Description("The version read; closing fails with a ConcurrencyError if the risk changed since.");
        Field(i => i.ClosedOn, nullable: true).Description("When the risk was closed, not before it was raised; today (UTC) when omitted.");
    }
}
