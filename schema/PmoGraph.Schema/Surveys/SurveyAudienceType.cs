using GraphQL.Types;

namespace PmoGraph.Schema.Surveys;

public sealed class SurveyAudienceType : EnumerationGraphType<SurveyAudience>
{
    public SurveyAudienceType()
    {
        Name = "SurveyAudience";
        Description = "Who a survey asks: CUSTOMER (feeds CSAT and NPS) or STAKEHOLDER (stakeholder satisfaction).";
    }
}
