using GraphQL.Types;
using PmoGraph.Schema.Graph;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Programs;

internal sealed class ProgramQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection<Program, ProgramType>("programs").Description("All programs.");
        query.ById<Program, ProgramType>("program").Description("A program by id.");
    }
}
