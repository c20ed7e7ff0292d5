using PmoGraph.Schema.Graph;

namespace PmoGraph.Schema.Mutations;

/// <summary>
/// A state change the process does not allow (a lifecycle stage, a report or change request state). <see cref="From"/>
/// and <see cref="To"/> are the schema's enum names (<c>PLANNING</c>), or one of the states no enum holds
/// (<see cref="Archived"/>, <see cref="Active"/>, <see cref="Achieved"/>).
/// </summary>
public sealed record InvalidTransitionError(string Message, string From, string To) : MutationError(Message)
{
    /// <summary>A portfolio, program or project that is archived.</summary>
    public const string Archived = "ARCHIVED";

    /// <summary>A portfolio, program or project that is not archived.</summary>
    public const string Active = "ACTIVE";

    /// <summary>A milestone reached.</summary>
    public const string Achieved = "ACHIEVED";

    /// <summary>A transition between two enum values, named as the schema names them.</summary>
    public InvalidTransitionError(string message, Enum from, Enum to)
        : this(message, SchemaEnumNames.Of(from), SchemaEnumNames.Of(to))
    {
    }

    /// <summary>A transition from a state no enum holds to an enum value.</summary>
    public InvalidTransitionError(string message, string from, Enum to)
        : this(message, from, SchemaEnumNames.Of(to))
    {
    }
}
