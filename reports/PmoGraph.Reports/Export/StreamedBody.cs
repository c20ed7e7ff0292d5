using System.IO.Pipelines;
using System.Text;

namespace PmoGraph.Reports.Export;

/// <summary>Writes UTF-8 text to the response pipe and flushes it every few kilobytes, so rows leave as they are read.</summary>
internal sealed class StreamedBody(PipeWriter pipe)
{
    private const int FlushThreshold = 32 * 1024;
    private long _pending;

    public PipeWriter Pipe => pipe;

    public async ValueTask WriteAsync(StringBuilder text, CancellationToken cancellationToken)
    {
        foreach (var chunk in text.GetChunks())
        {
            _pending += Encoding.UTF8.GetBytes(chunk.Span, pipe);
        }

        text.Clear();
        await FlushIfFullAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts bytes something else (a Utf8JsonWriter) put in the pipe; flushes past the threshold.</summary>
    public async ValueTask CommittedAsync(long bytes, CancellationToken cancellationToken)
    {
        _pending += bytes;
        await FlushIfFullAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        _pending = 0;
        await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        if (_pending >= FlushThreshold)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
