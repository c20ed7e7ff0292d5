using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Resources;

public sealed class AllocationType : ObjectGraphType<Allocation>
{
    public AllocationType()
    {
        Name = "Allocation";
        this.SensitiveType(SensitiveData.People);
        Description = "Hours of one resource booked on one project in one month.";
        Field(a => a.Id).Description("The allocation's id.");
        Field(a => a.Month).Description("The month booked, as its first day.").Filterable().Sortable();
        Field(a => a.Hours).Description("Hours booked in the month (0 or more); compare with the resource's monthly capacity for utilisation.").Filterable().Sortable();
        Field(a => a.Version).Description("Concurrency version; send it back with an update.");
        this.Reference<Allocation, Resource, ResourceType>("resource", a => a.ResourceId).Description("The resource booked.").Filterable(a => a.Resource).Sortable(a => a.Resource);
        this.Reference<Allocation, Project, ProjectType>("project", a => a.ProjectId).Description("The project the hours are booked on.").Filterable(a => a.Project).Sortable(a => a.Project);
    }
}
