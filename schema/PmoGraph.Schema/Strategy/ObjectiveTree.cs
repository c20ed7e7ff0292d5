using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Mutations;

namespace PmoGraph.Schema.Strategy;

/// <summary>The shape of the strategy tree: goal -> objective -> key result.</summary>
internal static class ObjectiveTree
{
    public static ObjectiveLevel? ParentLevelOf(ObjectiveLevel level) => level switch
    {
        ObjectiveLevel.Objective => ObjectiveLevel.Goal,
        ObjectiveLevel.KeyResult => ObjectiveLevel.Objective,
        _ => null,
    };

    /// <summary>Checks <c>parentId</c> against the node's level, loading the parent when one is named.</summary>
    public static async Task CheckParentAsync(MutationScope scope, ObjectiveLevel level, int? parentId, int? selfId, CancellationToken ct)
    {
        var expected = ParentLevelOf(level);
        if (expected is null && parentId is not null)
        {
            scope.Input.Add("parentId", "hierarchy", "A goal is the top of the tree; it has no parent.");
        }
        else if (expected is { } needed && parentId is null)
        {
            scope.Input.Add("parentId", "required", $"A {SchemaEnumNames.Of(level)} sits under a {SchemaEnumNames.Of(needed)}; 'parentId' is required.");
        }
        else if (expected is { } needed2 && parentId is { } id)
        {
            scope.Input.ThrowIfInvalid();
            var parent = await scope.FindAsync<StrategicObjective>(id, "parentId", ct);
            if (parent.Level != needed2 || parent.Id == selfId)
            {
                scope.Input.Add("parentId", "hierarchy", $"A {SchemaEnumNames.Of(level)} sits under a {SchemaEnumNames.Of(needed2)}; {parent.Code} is a {SchemaEnumNames.Of(parent.Level)}.");
            }
        }

        scope.Input.ThrowIfInvalid();
    }
}
