using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Resources;

public sealed class ResourceType : ObjectGraphType<Resource>
{
    public ResourceType()
    {
        Name = "Resource";
        this.SensitiveType(SensitiveData.People);
        Description = "A named person or a generic role that project work is allocated to, with a monthly capacity and a rate.";
        Field(r => r.Id).Description("The resource's id.");
        Field(r => r.Name).Description("The resource's name.").Filterable().Sortable();
        Field(r => r.Role).Description("The role the resource fills; for a generic resource, the role itself.").Filterable().Sortable();
        Field(r => r.IsGeneric).Description("Whether the resource is a generic role rather than a named person.").Filterable().Sortable();
        Field(r => r.MonthlyCapacityHours).Description("Hours the resource is available for project work in a month.").Filterable().Sortable();
        Field(r => r.HourlyRate).Description("The cost of one hour of the resource, in its currency.").Filterable().Sortable();
        Field(r => r.Currency).Description("The ISO 4217 code of the hourly rate's currency.").Filterable().Sortable();
        Field(r => r.Version).Description("Concurrency version; send it back with an update.");
        this.OptionalReference<Resource, Person, PersonType>("person", r => r.PersonId).Description("The person the resource is; null for a generic role.").Filterable(r => r.Person).Sortable(r => r.Person);
        this.OptionalReference<Resource, Department, DepartmentType>("department", r => r.DepartmentId).Description("The department the resource belongs to.").Filterable(r => r.Department).Sortable(r => r.Department);
        this.Children<Resource, Allocation, AllocationType>("allocations", a => a.ResourceId).Description("The resource's monthly bookings on projects.").Filterable(r => r.Allocations);
    }
}
