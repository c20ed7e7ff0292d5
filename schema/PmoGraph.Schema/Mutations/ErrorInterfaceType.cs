using GraphQL.Types;

namespace PmoGraph.Schema.Mutations;

/// <summary>HotChocolate's mutation-convention <c>interface Error { message: String! }</c>.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<MutationError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "A typed, expected reason a mutation did not change anything.";
        Field(e => e.Message).Description("What went wrong, for a person to read.");
    }
}
