using System.Buffers;
using System.Data.Common;
using System.Text.Json;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The JSON a root field's statement returned, parsed from its UTF-8 bytes. The document reads those bytes in place,
/// so a buffer rented to hold them goes back to the pool only when the document is disposed.
/// </summary>
internal sealed class StatementJson : IDisposable
{
    private readonly JsonDocument _document;
    private byte[]? _rented;

    private StatementJson(JsonDocument document, byte[]? rented)
    {
        _document = document;
        _rented = rented;
    }

    public JsonElement RootElement => _document.RootElement;

    /// <summary>The first column of the reader's current row, a JSON value as UTF-8 bytes.</summary>
    public static async Task<StatementJson> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await using var stream = reader.GetStream(0);
        var buffer = ArrayPool<byte>.Shared.Rent(stream.CanSeek ? Math.Max(1, (int)stream.Length) : 16 * 1024);
        try
        {
            var length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            var result = new StatementJson(JsonDocument.Parse(buffer.AsMemory(0, length)), buffer);
            buffer = null;
            return result;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
