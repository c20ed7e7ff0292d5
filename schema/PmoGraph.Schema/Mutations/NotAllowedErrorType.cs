using GraphQL.Types;

namespace PmoGraph.Schema.Mutations;

public sealed class NotAllowedErrorType : ObjectGraphType<NotAllowedError>
{
    public NotAllowedErrorType()
    {
        Name = "NotAllowedError";
        Description = "The caller may not make this change; nothing was written.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is NotAllowedError;
        Field(e => e.Message).Description("What went wrong, for a person to read.");
    }
}
