using GraphQL.Types;

namespace PmoGraph.Schema.Mutations;

public sealed class NotFoundErrorType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "The mutation names a row that does not exist; nothing was written.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is NotFoundError;
        Field(e => e.Message).Description("What went wrong, for a person to read.");
        Field(e => e.Entity).Description("The kind of row that was not found.");
        Field(e => e.Id).Description("The id that was not found.");
    }
}
