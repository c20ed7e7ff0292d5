using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Organisation;

internal sealed class OrganisationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Department, DepartmentType>("departments").Description("All departments.");
        query.ById<Department, DepartmentType>("department").Description("A department by id.");
        query.Connection<Person, PersonType>("people").Description("All people.");
        query.ById<Person, PersonType>("person").Description("A person by id.");
    }
}
