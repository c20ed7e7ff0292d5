using GraphQL.Types;
using PmoGraph.Schema.Evm;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;
using PmoGraph.Schema.Resources;

namespace PmoGraph.Schema.Organisation;

public sealed class DepartmentType : ObjectGraphType<Department>
{
    public DepartmentType()
    {
        Name = "Department";
        Description = "An organisational unit that owns projects and employs people.";
        Field(d => d.Id).Description("The department's id.");
        Field(d => d.Code).Description("The department's short unique code.").Filterable().Sortable();
        Field(d => d.Name).Description("The department's name.").Filterable().Sortable();
        Field(d => d.Version).Description("Concurrency version; send it back with an update.");
        this.EarnedValue(EvmScope.Department);
        this.OptionalReference<Department, Department, DepartmentType>("parent", d => d.ParentId).Description("The department this one is part of.").Filterable(d => d.Parent).Sortable(d => d.Parent);
        this.Children<Department, Department, DepartmentType>("children", d => d.ParentId).Description("Departments directly under this one.");
        this.Children<Department, Person, PersonType>("people", p => p.DepartmentId).Description("People in the department.").Filterable(d => d.People);
        this.Children<Department, Project, ProjectType>("projects", p => p.DepartmentId).Description("Projects the department owns.").Filterable(d => d.Projects);
        this.Children<Department, Resource, ResourceType>("resources", r => r.DepartmentId).Description("Resources, named and generic, that belong to the department.");
    }
}
