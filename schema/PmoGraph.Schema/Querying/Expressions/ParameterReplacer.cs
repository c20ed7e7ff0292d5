using System.Linq.Expressions;

namespace PmoGraph.Schema.Querying;

/// <summary>Rebinds a member lambda's body to another instance expression, so paths compose without <c>Invoke</c>.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Apply(LambdaExpression member, Expression instance) =>
        new ParameterReplacer(member.Parameters[0], instance).Visit(member.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
