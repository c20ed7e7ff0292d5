using System.Linq.Expressions;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// One aggregate of one field (<c>sum</c> of <c>budgetAtCompletion</c>) and how to compute it over a group;
/// <c>count</c> is the number of rows where the field has a value (an average's divisor).
/// </summary>
internal sealed record AggregatePlan(string Operation, QueryField Field)
{
    /// <summary>
    /// <c>g.Sum(e =&gt; (decimal?)e.BudgetAtCompletion)</c>, over nullable values so an empty group gives null;
    /// <c>g.Count(e =&gt; e.ActualCost != null)</c>.
    /// </summary>
    public Expression Aggregate(Expression group, Type entityType)
    {
        var row = Expression.Parameter(entityType, "e");
        var value = ParameterReplacer.Apply(Field.OptIn.Member, row);
        if (Operation == "count")
        {
            return value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
                ? AggregateQuery.Call(nameof(Enumerable.Count), [entityType], group)
                : AggregateQuery.Call(
                    nameof(Enumerable.Count), [entityType], group,
                    Expression.Lambda(Expression.NotEqual(value, Expression.Constant(null, value.Type)), row));
        }

        var result = AggregateQuery.ResultType(Operation, Field);
        var nullable = typeof(Nullable<>).MakeGenericType(result);
        var selector = Expression.Lambda(value.Type == nullable ? value : Expression.Convert(value, nullable), row);
        return Operation switch
        {
            "sum" => AggregateQuery.Call(nameof(Enumerable.Sum), [entityType], group, selector),
            "min" => AggregateQuery.Call(nameof(Enumerable.Min), [entityType, selector.ReturnType], group, selector),
            _ => AggregateQuery.Call(nameof(Enumerable.Max), [entityType, selector.ReturnType], group, selector),
        };
    }
}
