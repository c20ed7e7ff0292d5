using GraphQL.Types;

namespace PmoGraph.Schema.Changes;

public sealed class RejectChangeRequestInputType : InputObjectGraphType<DecideChangeRequestInput>
{
    public RejectChangeRequestInputType()
    {
        Name = "RejectChangeRequestInput";
        Description = "Rejection of a submitted change request; the baseline stays as it is.";
        Field(i => i.Id).Description("The change request.");
        Field(i => i.Version).Description("The version read; rejection fails with a ConcurrencyError if the request changed since.");
        Field(i => i.Note, nullable: true).Description("Why it was rejected (required), at most 4000 characters.");
    }
}
