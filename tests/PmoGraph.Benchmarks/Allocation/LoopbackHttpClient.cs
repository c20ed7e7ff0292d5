using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PmoGraph.Benchmarks.Allocation;

/// <summary>
/// An HTTP/1.1 client over one kept-alive socket that allocates nothing per request: the request bytes are built once
/// and the response is read into a buffer it keeps. What the process allocates while it runs is the server's.
/// </summary>
internal sealed class LoopbackHttpClient : IDisposable
{
    private readonly Socket _socket;
    private byte[] _buffer = new byte[1 << 20];
    private int _filled;

    public LoopbackHttpClient(int port)
    {
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
    }

    /// <summary>A POST of <paramref name="body"/> to <paramref name="path"/>, as the bytes <see cref="Send"/> takes.</summary>
    public static byte[] Post(int port, string path, string? bearer, byte[] body)
    {
        var head = new StringBuilder()
            .Append("POST ").Append(path).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1:").Append(port).Append("\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append("Accept: application/graphql-response+json\r\n")
            .Append("Content-Length: ").Append(body.Length).Append("\r\n");
        if (bearer is not null)
        {
            head.Append("Authorization: Bearer ").Append(bearer).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    /// <summary>Sends one request and reads its whole response; returns the status and the body's range in <see cref="Buffer"/>.</summary>
    public (int Status, int BodyStart, int BodyLength) Send(byte[] request)
    {
        _socket.Send(request);
        _filled = 0;
        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(0, _filled).IndexOf("\r\n\r\n"u8)) < 0)
        {
            Receive();
        }

        var head = _buffer.AsSpan(0, headerEnd);
        var status = ParseInt(head[9..12]);
        var bodyStart = headerEnd + 4;
        if (HeaderValue(head, "content-length: "u8) is { } length)
        {
            while (_filled < bodyStart + length)
            {
                Receive();
            }

            return (status, bodyStart, length);
        }

        // Chunked: the chunks are moved together over their size lines, so the body ends up in one piece.
        var write = bodyStart;
        var read = bodyStart;
        while (true)
        {
            int lineEnd;
            while ((lineEnd = _buffer.AsSpan(read, _filled - read).IndexOf("\r\n"u8)) < 0)
            {
                Receive();
            }

            var size = ParseHex(_buffer.AsSpan(read, lineEnd));
            read += lineEnd + 2;
            while (_filled < read + size + 2)
            {
                Receive();
            }

            if (size == 0)
            {
                return (status, bodyStart, write - bodyStart);
            }

            _buffer.AsSpan(read, size).CopyTo(_buffer.AsSpan(write));
            write += size;
            read += size + 2;
        }
    }

    public ReadOnlySpan<byte> Buffer => _buffer;

    public void Dispose() => _socket.Dispose();

    private void Receive()
    {
        if (_filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var received = _socket.Receive(_buffer, _filled, _buffer.Length - _filled, SocketFlags.None);
        if (received == 0)
        {
            throw new IOException("The server closed the connection.");
        }

        _filled += received;
    }

    private static int? HeaderValue(ReadOnlySpan<byte> head, ReadOnlySpan<byte> name)
    {
        for (var line = 0; line < head.Length;)
        {
            var end = head[line..].IndexOf("\r\n"u8);
            var text = end < 0 ? head[line..] : head.Slice(line, end);
            if (text.Length > name.Length && Ascii.EqualsIgnoreCase(text[..name.Length], name))
            {
                return ParseInt(text[name.Length..]);
            }

            line = end < 0 ? head.Length : line + end + 2;
        }

        return null;
    }

    private static int ParseInt(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private static int ParseHex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 16) + (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return value;
    }
}
