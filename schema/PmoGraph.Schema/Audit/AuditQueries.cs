using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Audit;

internal sealed class AuditQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.CollectionSegment<AuditEntry, AuditEntryType>("auditEntries").Description("The audit trail of all changes, paged by offset (skip/take).");
        query.ById<AuditEntry, AuditEntryType>("auditEntry").Description("An audit entry by id.");
    }
}
