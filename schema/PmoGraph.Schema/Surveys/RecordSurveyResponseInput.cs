namespace PmoGraph.Schema.Surveys;

public sealed record RecordSurveyResponseInput
{
    public int SurveyId { get; init; }
    public int Satisfaction { get; init; }
    public int? RecommendScore { get; init; }
    public string? Respondent { get; init; }
    public string? Comment { get; init; }
    public DateOnly? RespondedOn { get; init; }
}
