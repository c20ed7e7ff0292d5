namespace PmoGraph.Schema.Mutations;

/// <summary>
/// Stops a mutation with typed errors: the transaction is rolled back and the errors go to the payload.
/// Thrown by <see cref="MutationScope"/> helpers; slices rarely throw it themselves.
/// </summary>
public sealed class MutationFailedException : Exception
{
    public MutationFailedException(IReadOnlyList<MutationError> errors)
        : base(errors is { Count: > 0 } ? errors[0].Message : "The mutation failed.")
    {
        Errors = errors;
    }

    public MutationFailedException(MutationError error)
        : this([error])
    {
    }

    public MutationFailedException()
        : this([])
    {
    }

    public MutationFailedException(string message)
        : base(message)
    {
        Errors = [];
    }

    public MutationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<MutationError> Errors { get; }
}
