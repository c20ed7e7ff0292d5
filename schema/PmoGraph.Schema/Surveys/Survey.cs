using PmoGraph.Schema.Common;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Surveys;

public sealed class Survey : VersionedEntity
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Title { get; set; }
    public SurveyAudience Audience { get; set; }
    public DateOnly SentOn { get; set; }
    public List<SurveyResponse> Responses { get; set; } = [];
}
