using GraphQL.Types;

namespace PmoGraph.Schema.Mutations;

public sealed class InvalidTransitionErrorType : ObjectGraphType<InvalidTransitionError>
{
    public InvalidTransitionErrorType()
    {
        Name = "InvalidTransitionError";
        Description = "The process does not allow this change of state; nothing was written.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is InvalidTransitionError;
        Field(e => e.Message).Description("What went wrong, for a person to read.");
        Field(e => e.From).Description("The current state, as the schema's enum names it (PLANNING, DRAFT), or ARCHIVED, ACTIVE or ACHIEVED where no enum holds the state.");
        Field(e => e.To).Description("The state asked for, named as from is.");
    }
}
