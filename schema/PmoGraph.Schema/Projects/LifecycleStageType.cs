using GraphQL.Types;

namespace PmoGraph.Schema.Projects;

public sealed class LifecycleStageType : EnumerationGraphType<LifecycleStage>
{
    public LifecycleStageType()
    {
        Name = "LifecycleStage";
        Description = "Where a project stands in the organisation's lifecycle, from idea to closure.";
    }
}
