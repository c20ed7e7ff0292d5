using GraphQL.Types;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Governance;

public sealed class DocumentType : ObjectGraphType<Document>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "An artefact a project has produced; the document itself lives elsewhere, at its url.";
        Field(d => d.Id).Description("The document's id.");
        Field(d => d.Artefact, type: typeof(NonNullGraphType<ArtefactTypeType>)).Description("The kind of artefact the document is.").Filterable();
        Field(d => d.Title).Description("The document's title.").Filterable().Sortable();
        Field(d => d.Url, nullable: true).Description("Where the document is kept.");
        Field(d => d.AttachedOn).Description("The date the document was attached to the project.").Filterable().Sortable();
        Field(d => d.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<Document, Project, ProjectType>("project", d => d.ProjectId).Description("The project the document belongs to.").Filterable(d => d.Project).Sortable(d => d.Project);
        this.OptionalReference<Document, Person, PersonType>("author", d => d.AuthorId).Description("The person who wrote the document.").Filterable(d => d.Author).Sortable(d => d.Author);
    }
}
