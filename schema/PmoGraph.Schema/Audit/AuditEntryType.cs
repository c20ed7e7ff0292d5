using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        this.SensitiveType(SensitiveData.People);
        Description = "Who changed what and when, with the changed row's state before and after.";
        Field(a => a.Id).Description("The entry's id.");
        Field(a => a.At).Description("When the change was made (UTC).").Filterable().Sortable();
        Field(a => a.Actor).Description("Who made the change.").Filterable().Sortable();
        Field(a => a.Action).Description("What was done, e.g. create, update or delete.").Filterable().Sortable();
        Field(a => a.EntityType).Description("The kind of row changed, e.g. Project or Risk.").Filterable().Sortable();
        Field(a => a.EntityId).Description("The id of the row changed.").Filterable().Sortable();
        Field(a => a.Before, nullable: true).Description("The row's state before the change, as JSON; null for a creation.");
        Field(a => a.After, nullable: true).Description("The row's state after the change, as JSON; null for a deletion.");
    }
}
