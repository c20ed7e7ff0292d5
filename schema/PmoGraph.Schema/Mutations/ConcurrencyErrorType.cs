using GraphQL.Types;

namespace PmoGraph.Schema.Mutations;

public sealed class ConcurrencyErrorType : ObjectGraphType<ConcurrencyError>
{
    public ConcurrencyErrorType()
    {
        Name = "ConcurrencyError";
        Description = "The row changed since it was read (the version sent is stale); nothing was written.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is ConcurrencyError;
        Field(e => e.Message).Description("What went wrong, for a person to read.");
        Field(e => e.Entity).Description("The kind of row that changed.");
        Field(e => e.Id).Description("The id of the row that changed.");
        Field(e => e.ExpectedVersion).Description("The version the client sent.");
        Field(e => e.ActualVersion, nullable: true).Description("The row's current version, when known.");
    }
}
