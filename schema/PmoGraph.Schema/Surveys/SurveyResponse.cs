using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Surveys;

public sealed class SurveyResponse : VersionedEntity
{
    public int SurveyId { get; set; }
    public Survey Survey { get; set; } = null!;
    public string? Respondent { get; set; }

    /// <summary>Satisfaction on a 1-5 scale (4 and 5 count as satisfied).</summary>
    public int Satisfaction { get; set; }

    /// <summary>Likelihood to recommend, 0-10 (9-10 promoters, 0-6 detractors); not every survey asks it.</summary>
    public int? RecommendScore { get; set; }
    public string? Comment { get; set; }
    public DateOnly RespondedOn { get; set; }
}
