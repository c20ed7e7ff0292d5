using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace PmoGraph.Api.Tests.GraphQL.Ide.Browser;

/// <summary>
/// A Chrome DevTools Protocol connection to one page over its WebSocket: commands answered by id, events handed to
/// <see cref="EventReceived"/> (on the receiving thread, so handlers only record).
/// </summary>
internal sealed class DevToolsSession : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;
    private int _lastId;

    /// <summary>Every event the page sends: its method (<c>Network.requestWillBeSent</c>) and its params.</summary>
    public event Action<string, JsonElement>? EventReceived;

    public static async Task<DevToolsSession> ConnectAsync(Uri webSocketUrl, CancellationToken cancellationToken)
    {
        var session = new DevToolsSession();
        await session._socket.ConnectAsync(webSocketUrl, cancellationToken);
        session._receiving = session.ReceiveAsync();
        return session;
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }

        await using var cancel = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        return await answer.Task;
    }

    /// <summary>The value of a JavaScript expression in the page (awaited if it is a promise); a thrown error fails the call.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"The page threw evaluating {expression}: {exception}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Polls <paramref name="expression"/> until it is truthy and returns its value, or fails naming <paramref name="what"/>.</summary>
    public async Task<JsonElement> WaitForAsync(string expression, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement value;
        do
        {
            value = await EvaluateAsync(expression, cancellationToken);
            if (value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False)
                && !(value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
            {
                return value;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}; the page's body read: {await BodyTextAsync(cancellationToken)}");
    }

    /// <summary>Clicks the element <paramref name="selector"/> finds, as a user would (it must be there).</summary>
    public Task ClickAsync(string selector, CancellationToken cancellationToken) =>
        EvaluateAsync($$"""
            (() => {
              const element = document.querySelector({{JsonSerializer.Serialize(selector)}});
              if (!element) { throw new Error('Nothing to click at ' + {{JsonSerializer.Serialize(selector)}}); }
              element.click();
              return true;
            })()
            """, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try
        {
            await _receiving;
        }
        finally
        {
            _socket.Abort();
            _socket.Dispose();
            _sending.Dispose();
            _closing.Dispose();
        }
    }

    private async Task<string> BodyTextAsync(CancellationToken cancellationToken)
    {
        var text = await EvaluateAsync("document.body ? document.body.innerText.slice(0, 2000) : '(no body)'", cancellationToken);
        return text.ValueKind == JsonValueKind.String ? text.GetString()! : text.ToString();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                message.SetLength(0);
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await _socket.ReceiveAsync(buffer.AsMemory(), _closing.Token);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    message.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);

                Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed by us, or the browser went away: whatever is still waiting fails below.
        }
        finally
        {
            foreach (var waiting in _pending.Values)
            {
                waiting.TrySetException(new InvalidOperationException("The DevTools connection closed before the browser answered."));
            }
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (_pending.TryRemove(id.GetInt32(), out var answer))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    answer.TrySetException(new InvalidOperationException($"DevTools refused a command: {error}"));
                }
                else
                {
                    answer.TrySetResult(root.GetProperty("result").Clone());
                }
            }
        }
        else if (root.TryGetProperty("method", out var method))
        {
            EventReceived?.Invoke(method.GetString()!, root.TryGetProperty("params", out var parameters) ? parameters.Clone() : default);
        }
    }
}
