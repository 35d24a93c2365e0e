using System.Buffers.Binary;
using TeleRad.Dicom.Values;

namespace TeleRad.Benchmarks.Data;

/// <summary>
/// Native 16-bit pixel data that is computed frame by frame while it is written, so a 512 MiB (or larger) instance can
/// be generated with one frame in memory. The pattern is a deterministic function of frame, row and column.
/// </summary>
internal sealed class SyntheticFramesBuffer : DicomBuffer
{
    private readonly int _rows;
    private readonly int _columns;
    private readonly int _frames;

    public SyntheticFramesBuffer(int rows, int columns, int frames)
    {
        _rows = rows;
        _columns = columns;
        _frames = frames;
    }

    private int FrameBytes => _rows * _columns * 2;

    public override long Length => (long)FrameBytes * _frames;

    public override bool IsInMemory => false;

    public override ReadOnlyMemory<byte> Memory => throw new InvalidOperationException("Synthetic frames are only produced while writing.");

    public override ValueTask<ReadOnlyMemory<byte>> LoadAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("Synthetic frames are only produced while writing.");

    public override async ValueTask WriteToAsync(Stream destination, bool bigEndian, int swapUnit, CancellationToken cancellationToken)
    {
        var frame = new byte[FrameBytes];
        for (var f = 0; f < _frames; f++)
        {
            FillFrame(frame, f, bigEndian && swapUnit >= 2);
            await destination.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        }
    }

    private void FillFrame(byte[] frame, int index, bool bigEndian)
    {
        var span = frame.AsSpan();
        for (var y = 0; y < _rows; y++)
        {
            for (var x = 0; x < _columns; x++)
            {
                var v = (ushort)(((x + index) ^ (y * 3)) & 0x0FFF);
                var at = span[(((y * _columns) + x) * 2)..];
                if (bigEndian)
                    BinaryPrimitives.WriteUInt16BigEndian(at, v);
                else
                    BinaryPrimitives.WriteUInt16LittleEndian(at, v);
            }
        }
    }
}
