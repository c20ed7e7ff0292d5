using GraphQL.Types;

namespace PmoGraph.Schema.Governance;

public sealed class AttachDocumentInputType : InputObjectGraphType<AttachDocumentInput>
{
    public AttachDocumentInputType()
    {
        Name = "AttachDocumentInput";
        Description = "An artefact a project has produced, linked where it is kept.";
        Field(i => i.ProjectId).Description("The project the document belongs to.");
        Field(i => i.Artefact, type: typeof(NonNullGraphType<ArtefactTypeType>)).Description("Which standard artefact the document is.");
        Field(i => i.Title).Description("The document's title, at most 200 characters.");
        Field(i => i.Url, nullable: true).Description("An absolute http or https link to the document, at most 2000 characters.");
        Field(i => i.AttachedOn, nullable: true).Description("When the document was attached; today (UTC) when omitted.");
    }
}
