using System.Collections;
using System.Collections.Concurrent;

namespace PmoGraph.Api.Security;

/// <summary>
/// Wraps the logger factory so every logger, whatever its provider, writes messages and state values through
/// <see cref="SecretRedactor"/>. ASP.NET Core's hosting log prints the request URL with its query string, where
/// Power BI puts its <c>api_key</c>; no middleware runs early enough to hide it, so the loggers do. An entry of level
/// Error or above written during a request ends with the request's trace id, the one its error body gives the client.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner, IHttpContextAccessor? http = null) : ILoggerFactory
{
    // One logger per category, as the inner factory keeps them: EF Core asks for its loggers on every request's context.
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, static (category, factory) => factory.Wrap(category), this);

    private RedactingLogger Wrap(string categoryName) => new(inner.CreateLogger(categoryName), http);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner, IHttpContextAccessor? http) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = SecretRedactor.Redact(formatter(state, exception));
            if (logLevel >= LogLevel.Error && TraceIds.Current(http?.HttpContext) is { } traceId && !message.Contains(traceId, StringComparison.Ordinal))
            {
                message += " (traceId " + traceId + ")";
            }

            var values = state as IReadOnlyList<KeyValuePair<string, object?>>;
            inner.Log(logLevel, eventId, new RedactedState(message, values), exception, static (s, _) => s.Message);
        }
    }

    /// <summary>The entry's message and structured values, redacted; the template (<c>{OriginalFormat}</c>) is kept as is.</summary>
    private sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>>? values)
        : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public int Count => values?.Count ?? 0;

        public KeyValuePair<string, object?> this[int index]
        {
            get
            {
                var pair = values![index];
                return pair.Key == "{OriginalFormat}" || pair.Value is null
                    ? pair
                    : new(pair.Key, pair.Value is string or Uri or PathString or QueryString or IFormattable ? SecretRedactor.Redact(pair.Value.ToString() ?? string.Empty) : pair.Value);
            }
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }
}
