using System.Linq.Expressions;

namespace PmoGraph.Schema.Querying;

/// <summary>A navigation a projection reads together with its source row.</summary>
internal interface IRelatedSlot
{
    /// <summary>The navigation's value for the source row <paramref name="row"/>, as an expression EF Core translates.</summary>
    Expression Read(Expression row);

    /// <summary>Records the value read for <paramref name="source"/> where the field's resolver finds it.</summary>
    void Register(object source, object? value, ProjectedResults results);
}
