using System.Buffers;

namespace TeleRad.Dicom.Values;

/// <summary>A value held in memory, little endian.</summary>
public sealed class MemoryBuffer : DicomBuffer
{
    private readonly ReadOnlyMemory<byte> _bytes;

    /// <summary>Wraps <paramref name="bytes"/> (not copied).</summary>
    public MemoryBuffer(ReadOnlyMemory<byte> bytes) => _bytes = bytes;

    /// <inheritdoc />
    public override long Length => _bytes.Length;

    /// <inheritdoc />
    public override bool IsInMemory => true;

    /// <inheritdoc />
    public override ReadOnlyMemory<byte> Memory => _bytes;

    /// <inheritdoc />
    public override ValueTask<ReadOnlyMemory<byte>> LoadAsync(CancellationToken cancellationToken) => new(_bytes);

    /// <inheritdoc />
    public override async ValueTask WriteToAsync(Stream destination, bool bigEndian, int swapUnit, CancellationToken cancellationToken)
    {
        if (!bigEndian || swapUnit < 2)
        {
            await destination.WriteAsync(_bytes, cancellationToken).ConfigureAwait(false);
            return;
        }
        const int chunk = 64 * 1024;
        var scratch = ArrayPool<byte>.Shared.Rent(chunk);
        try
        {
            for (var offset = 0; offset < _bytes.Length; offset += chunk)
            {
                var n = Math.Min(chunk, _bytes.Length - offset);
                _bytes.Span.Slice(offset, n).CopyTo(scratch);
                ByteSwap.InPlace(scratch.AsSpan(0, n), swapUnit);
                await destination.WriteAsync(scratch.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
