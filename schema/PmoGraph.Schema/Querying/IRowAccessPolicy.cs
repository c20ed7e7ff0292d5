using System.Security.Claims;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Row rules: which rows of an entity the caller may read. The query engine passes every query it builds (root
/// connections, lookups by id, references and child collections) through the registered policy, so a rule becomes
/// part of the SQL rather than a filter applied after the rows are read.
/// </summary>
public interface IRowAccessPolicy
{
    /// <summary>Returns <paramref name="rows"/> restricted to what <paramref name="user"/> may read.</summary>
    IQueryable<TEntity> Restrict<TEntity>(IQueryable<TEntity> rows, ClaimsPrincipal? user)
        where TEntity : Entity;
}
