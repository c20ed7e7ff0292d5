using GraphQL.Types;

namespace PmoGraph.Schema.Strategy;

public sealed class ObjectiveLevelType : EnumerationGraphType<ObjectiveLevel>
{
    public ObjectiveLevelType()
    {
        Name = "ObjectiveLevel";
        Description = "A node's level in the strategy tree: GOAL, OBJECTIVE under a goal, KEY_RESULT under an objective.";
    }
}
