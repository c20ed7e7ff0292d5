using System.Linq.Expressions;

namespace PmoGraph.Schema.Querying;

/// <summary>A navigation a projection reads together with its source row.</summary>
internal interface IRelatedSlot
{
    /// <summary>The navigation's value for the source row <paramref name="row"/>, as an expression EF Core translates.</summary>
    /// <param name="row">The source row.</param>
    /// <param name="level">The query of the source rows (or of a superset of them), to narrow nested levels to; or null.</param>
    Expression Read(Expression row, IQueryable? level);

    /// <summary>Records the value read for <paramref name="source"/> where the field's resolver finds it.</summary>
    void Register(object source, object? value, ProjectedResults results);
}
