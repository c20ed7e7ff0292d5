using System.Linq.Expressions;
using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// What the projection builder reads from a graph field's metadata: the columns a custom resolver needs, and how a
/// navigation field reaches its target rows.
/// </summary>
internal static class ProjectionMetadata
{
    /// <summary>The entity properties a field with a custom resolver reads from its source (a <c>string[]</c>).</summary>
    public const string ReadsKey = "PmoGraph.Querying.Reads";

    /// <summary>A many-to-one navigation field (<see cref="NavigationInfo"/>).</summary>
    public const string ReferenceKey = "PmoGraph.Querying.Reference";

    /// <summary>A one-to-many connection field (<see cref="NavigationInfo"/>).</summary>
    public const string ChildrenKey = "PmoGraph.Querying.Children";

    /// <summary>GraphQL.NET records the member an expression field reads under this (internal) metadata key.</summary>
    public const string ExpressionPropertyKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";

    /// <summary>
    /// Whether a projection knows what <paramref name="field"/> reads: a navigation, a resolver that declared its
    /// columns, or an expression field over a mapped column (<paramref name="isMapped"/>). Any other field makes its
    /// type read the whole row.
    /// </summary>
    public static bool IsDeclared(FieldType field, Func<string, bool> isMapped) =>
        field.GetMetadata<NavigationInfo?>(ReferenceKey) is not null
        || field.GetMetadata<NavigationInfo?>(ChildrenKey) is not null
        || field.GetMetadata<string[]?>(ReadsKey) is not null
        || (field.GetMetadata<string?>(ExpressionPropertyKey) is { } member && isMapped(member));
}

/// <summary>A navigation field: the target entity and the foreign key that joins it.</summary>
/// <param name="Target">The entity the field reads.</param>
/// <param name="ForeignKey">
/// For a reference, source to the target's id (<c>p =&gt; p.ProgramId</c>); for children, child to the parent's id
/// (<c>r =&gt; r.ProjectId</c>).
/// </param>
internal sealed record NavigationInfo(Type Target, LambdaExpression ForeignKey);
