using GraphQL.Types;

namespace PmoGraph.Schema.Mutations;

public sealed class ValidationErrorType : ObjectGraphType<ValidationError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "An input value broke a rule; nothing was written.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is ValidationError;
        Field(e => e.Message).Description("What went wrong, for a person to read.");
        Field(e => e.Path).Description("The path of the offending input field, e.g. [\"input\", \"budgetAtCompletion\"].");
        Field(e => e.Rule).Description("The rule broken: required, maxLength, range, nonNegative, currency, dateOrder, format, firstOfMonth, unique, baselined, exclusive, distinct, scale, hierarchy, constraint.");
    }
}
