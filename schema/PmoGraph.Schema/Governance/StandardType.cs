using GraphQL.Types;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Governance;

public sealed class StandardType : ObjectGraphType<Standard>
{
    public StandardType()
    {
        Name = "Standard";
        Description = "The organisation's rule that a project in a lifecycle stage must have a given artefact.";
        Field(s => s.Id).Description("The standard's id.");
        Field(s => s.Name).Description("The standard's name.");
        Field(s => s.Stage, type: typeof(NonNullGraphType<LifecycleStageType>)).Description("The lifecycle stage the standard applies to.");
        Field(s => s.Artefact, type: typeof(NonNullGraphType<ArtefactTypeType>)).Description("The artefact a project in that stage must have.");
        Field(s => s.Description, nullable: true).Description("What the artefact must contain and why.");
        Field(s => s.IsMandatory).Description("Whether a project without the artefact is non-compliant, rather than merely advised to have it.");
        Field(s => s.Version).Description("Concurrency version; send it back with an update.");
    }
}
