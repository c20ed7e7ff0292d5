using GraphQL.Types;

namespace PmoGraph.Schema.Graph;

/// <summary>A calendar day (ISO 8601 <c>yyyy-MM-dd</c>), named <c>Date</c> as HotChocolate names it.</summary>
public sealed class DateGraphType : DateOnlyGraphType
{
    public DateGraphType()
    {
        Name = "Date";
        Description = "A calendar day, without time or time zone, as an ISO 8601 string (yyyy-MM-dd). "
            + $"A date given to a mutation or a computed view is refused unless it lies {Mutations.ValueRanges.DateWindowText}.";
    }
}
