using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Surveys;

public sealed class SurveyResponseType : ObjectGraphType<SurveyResponse>
{
    public SurveyResponseType()
    {
        Name = "SurveyResponse";
        Description = "One respondent's answer to a survey.";
        Field(r => r.Id).Description("The response's id.");
        Field(r => r.Respondent, nullable: true).Description("Who answered; null for an anonymous response.").Sensitive(SensitiveData.People);
        Field(r => r.Satisfaction).Description("Satisfaction on a 1-5 scale; 4 and 5 count as satisfied for CSAT.").Filterable().Sortable();
        Field(r => r.RecommendScore, nullable: true).Description("Likelihood to recommend, 0-10 (9-10 promoters, 0-6 detractors, for NPS); null when the survey did not ask.").Filterable().Sortable();
        Field(r => r.Comment, nullable: true).Description("The respondent's free-text comment.");
        Field(r => r.RespondedOn).Description("The date the response was received.").Filterable().Sortable();
        Field(r => r.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<SurveyResponse, Survey, SurveyType>("survey", r => r.SurveyId).Description("The survey answered.").Filterable(r => r.Survey).Sortable(r => r.Survey);
    }
}
