using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Surveys;

internal sealed class SurveyQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Survey, SurveyType>("surveys").Description("All surveys of all projects.");
        query.ById<Survey, SurveyType>("survey").Description("A survey by id.");
        query.Connection<SurveyResponse, SurveyResponseType>("surveyResponses").Description("All survey responses.");
        query.ById<SurveyResponse, SurveyResponseType>("surveyResponse").Description("A survey response by id.");
    }
}
