using PmoGraph.Schema.Surveys;

namespace PmoGraph.Schema.Kpis;

/// <summary>A survey response given in the period measured.</summary>
public sealed record KpiResponse(int ProjectId, SurveyAudience Audience, int Satisfaction, int? RecommendScore);
