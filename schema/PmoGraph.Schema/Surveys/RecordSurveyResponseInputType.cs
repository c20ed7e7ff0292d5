using GraphQL.Types;

namespace PmoGraph.Schema.Surveys;

public sealed class RecordSurveyResponseInputType : InputObjectGraphType<RecordSurveyResponseInput>
{
    public RecordSurveyResponseInputType()
    {
        Name = "RecordSurveyResponseInput";
        Description = "One person's answer to a satisfaction survey.";
        Field(i => i.SurveyId).Description("The survey answered.");
        Field(i => i.Satisfaction).Description("Satisfaction from 1 (very dissatisfied) to 5 (very satisfied).");
        Field(i => i.RecommendScore, nullable: true).Description("Likelihood to recommend, 0 to 10, where the survey asks it.");
        Field(i => i.Respondent, nullable: true).Description("Who answered, at most 200 characters; omit for an anonymous response.");
        Field(i => i.Comment, nullable: true).Description("The respondent's comment, at most 4000 characters.");
        Field(i => i.RespondedOn, nullable: true).Description("When the survey was answered, not before it was sent; today (UTC) when omitted.");
    }
}
