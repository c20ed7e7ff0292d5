using System.Linq.Expressions;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>A nested connection read in its parent's statement: the parent's page, total and cursor check.</summary>
internal sealed class ChildrenSlot<TChild>(string responseKey, NestedConnectionLoader<TChild> pages, NodeShape<TChild> shape) : IRelatedSlot
    where TChild : Entity
{
    public Expression Read(Expression row, IQueryable? level) => pages.Page(Expression.Property(row, nameof(Entity.Id)), level);

    public void Register(object source, object? value, ProjectedResults results)
    {
        if (value is not NestedPage<TChild> page)
        {
            return;
        }

        results.Add(source, responseKey, pages.ToConnection(page));
        foreach (var row in page.Rows)
        {
            shape.Register(row, results);
        }
    }
}
