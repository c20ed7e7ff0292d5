using System.Security.Claims;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>The policy used when the host registers none: every row is readable.</summary>
internal sealed class AllRowsPolicy : IRowAccessPolicy
{
    public IQueryable<TEntity> Restrict<TEntity>(IQueryable<TEntity> rows, ClaimsPrincipal? user)
        where TEntity : Entity => rows;
}
