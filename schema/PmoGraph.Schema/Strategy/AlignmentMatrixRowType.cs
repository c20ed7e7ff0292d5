using GraphQL.Types;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Schema.Strategy;

public sealed class AlignmentMatrixRowType : ObjectGraphType<AlignmentMatrixRow>
{
    public AlignmentMatrixRowType()
    {
        Name = "AlignmentMatrixRow";
        Description = "A project's row of the alignment matrix.";
        Field<NonNullGraphType<ProjectType>>("project").Description("The project.").Resolve(c => c.Source.Project);
        Field(r => r.StrategicValue).Description("The project's strategic value: the sum over drivers of weight x score.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlignmentCellType>>>>("cells").Description("One cell per active driver, in driver id order.").Resolve(c => c.Source.Cells);
    }
}
