namespace PmoGraph.Api;

/// <summary>
/// A setting the service cannot start or run a verb with (no way to check tokens, an unknown store provider, a key that
/// is not base64). <c>Program</c> prints its message alone, with no stack, and exits with code 2.
/// </summary>
public sealed class ConfigurationProblemException : Exception
{
    public ConfigurationProblemException()
    {
    }

    public ConfigurationProblemException(string message)
        : base(message)
    {
    }

    public ConfigurationProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The configuration problem <paramref name="exception"/> is or wraps, if any.</summary>
    public static ConfigurationProblemException? Find(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is ConfigurationProblemException problem)
            {
                return problem;
            }

            if (current is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                return Find(aggregate.InnerExceptions[0]);
            }
        }

        return null;
    }
}
