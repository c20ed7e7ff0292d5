using GraphQL.Types;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Compliance;

public sealed class ComplianceAssessmentType : ObjectGraphType<ComplianceAssessment>
{
    public ComplianceAssessmentType()
    {
        Name = "ComplianceAssessment";
        Description = "A project's methodology compliance: the mandatory artefacts of the stages it has reached and which of them it has on file.";
        Field(c => c.Required).Description("Mandatory artefacts of the stages the project has reached (every stage up to its current one).");
        Field(c => c.Present).Description("How many of them the project has on file (a document of that artefact type).");
        Field(c => c.Score, nullable: true).Description("present / required; null when nothing is required yet or the project is cancelled (not assessed).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardType>>>>("missing")
            .Description("The standards whose artefact the project lacks, by stage.")
            .Resolve(context => context.Source.Missing);
        this.Reference<ComplianceAssessment, Project, ProjectType>("project", c => c.ProjectId).Description("The project assessed.");
    }
}
