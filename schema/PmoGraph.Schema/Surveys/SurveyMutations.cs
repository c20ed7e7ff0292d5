using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Surveys;

internal sealed class SurveyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<RecordSurveyResponseInput, RecordSurveyResponseInputType, SurveyResponse, SurveyResponseType>(
                "recordSurveyResponse", "surveyResponse", RecordAsync)
            .Description("Records one person's answer to a customer or stakeholder satisfaction survey.");

    private static async Task<SurveyResponse> RecordAsync(RecordSurveyResponseInput input, MutationScope scope, CancellationToken ct)
    {
        scope.Input.Range(input.Satisfaction, "satisfaction", 1, 5);
        scope.Input.Range(input.RecommendScore, "recommendScore", 0, 10);
        scope.Input.MaxLength(input.Respondent, "respondent", 200);
        scope.Input.MaxLength(input.Comment, "comment", 4000);
        scope.Input.ThrowIfInvalid();
        var survey = await scope.FindAsync<Survey>(input.SurveyId, "surveyId", ct);
        var respondedOn = input.RespondedOn ?? scope.Today;
        scope.Input.InOrder(survey.SentOn, respondedOn, "sentOn", "respondedOn");
        scope.Input.ThrowIfInvalid();
        var response = new SurveyResponse
        {
            SurveyId = survey.Id,
            Satisfaction = input.Satisfaction,
            RecommendScore = input.RecommendScore,
            Respondent = string.IsNullOrWhiteSpace(input.Respondent) ? null : input.Respondent.Trim(),
            Comment = input.Comment,
            RespondedOn = respondedOn,
        };
        scope.Db.Add(response);
        return response;
    }
}
