using GraphQL.Types;

namespace PmoGraph.Schema.Changes;

public sealed class ApproveChangeRequestInputType : InputObjectGraphType<DecideChangeRequestInput>
{
    public ApproveChangeRequestInputType()
    {
        Name = "ApproveChangeRequestInput";
        Description = "Approval of a submitted change request: the project's baseline moves by its impact.";
        Field(i => i.Id).Description("The change request.");
        Field(i => i.Version).Description("The version read; approval fails with a ConcurrencyError if the request changed since.");
        Field(i => i.Note, nullable: true).Description("The change board's note, at most 4000 characters.");
    }
}
