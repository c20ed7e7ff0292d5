using GraphQL.Types;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Surveys;

public sealed class SurveyType : ObjectGraphType<Survey>
{
    public SurveyType()
    {
        Name = "Survey";
        Description = "A satisfaction survey sent about a project to its customers or stakeholders.";
        Field(s => s.Id).Description("The survey's id.");
        Field(s => s.Title).Description("The survey's title.");
        Field(s => s.Audience, type: typeof(NonNullGraphType<SurveyAudienceType>)).Description("Who the survey asks.");
        Field(s => s.SentOn).Description("The date the survey was sent.");
        Field(s => s.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<Survey, Project, ProjectType>("project", s => s.ProjectId).Description("The project the survey is about.");
        this.Children<Survey, SurveyResponse, SurveyResponseType>("responses", r => r.SurveyId).Description("The answers received.");
    }
}
