namespace PmoGraph.Schema.Surveys;

public enum SurveyAudience
{
    Customer,
    Stakeholder,
}
