using System.Buffers;
using System.Buffers.Binary;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.IO;

/// <summary>
/// Encodes a data set (PS3.5 section 7) into a stream in one of the native encodings. Headers are gathered in a pooled
/// buffer; large values are streamed straight from where they live (memory or a file range), so memory stays bounded.
/// </summary>
internal sealed partial class DicomDatasetWriter : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private const uint UndefinedLength = 0xFFFFFFFF;

    private readonly Stream _out;
    private readonly ElementEncoding _encoding;
    private readonly DicomSequenceLengthMode _mode;
    private readonly bool _encapsulated;
    private readonly Dictionary<object, long> _lengthCache = new(ReferenceEqualityComparer.Instance);
    private byte[] _buffer;
    private int _used;

    private readonly bool _metaGroup;

    /// <param name="output">Where to write.</param>
    /// <param name="encoding">Explicit or implicit VR, byte order.</param>
    /// <param name="mode">How sequence lengths are written.</param>
    /// <param name="encapsulated">True when the transfer syntax encapsulates pixel data.</param>
    /// <param name="metaGroup">True when writing the File Meta Information, whose group 0002 elements are otherwise skipped.</param>
    public DicomDatasetWriter(Stream output, ElementEncoding encoding, DicomSequenceLengthMode mode, bool encapsulated, bool metaGroup = false)
    {
        _metaGroup = metaGroup;
        _out = output;
        _encoding = encoding;
        _mode = mode;
        _encapsulated = encapsulated;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    }

    /// <summary>Writes every attribute of <paramref name="dataset"/> except group lengths, which are retired and change with the encoding (PS3.5 section 7.2).</summary>
    public async Task WriteAsync(DicomDataset dataset, CancellationToken ct)
    {
        await WriteContentAsync(dataset, ct).ConfigureAwait(false);
        await FlushAsync(ct).ConfigureAwait(false);
    }

    public void Dispose()
    {
        var b = _buffer;
        _buffer = [];
        if (b.Length > 0)
            ArrayPool<byte>.Shared.Return(b);
    }

    private async ValueTask WriteContentAsync(DicomDataset dataset, CancellationToken ct)
    {
        foreach (var attribute in dataset)
        {
            if (Skip(attribute.Tag))
                continue;
            switch (attribute)
            {
                case DicomElement e:
                    await WriteElementAsync(e, ct).ConfigureAwait(false);
                    break;
                case DicomSequence s:
                    await WriteSequenceAsync(s, ct).ConfigureAwait(false);
                    break;
                case DicomFragmentSequence f:
                    await WriteFragmentsAsync(f, ct).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async ValueTask WriteElementAsync(DicomElement e, CancellationToken ct)
    {
        var vr = EffectiveVR(e);
        if (e.Tag == DicomTag.PixelData && _encapsulated && _encoding.Explicit && !_encoding.BigEndian && e.Length > 0)
            throw new DicomFormatException(DicomFormatFault.UnsupportedEncoding, "native pixel data cannot be written in an encapsulated transfer syntax without encoding it", tag: e.Tag);
        var length = e.Length;
        var padded = length + (length & 1);
        if (padded > uint.MaxValue - 1)
            throw new DicomFormatException(DicomFormatFault.UnsupportedEncoding, $"value length {length} does not fit a 32-bit length field", tag: e.Tag);
        await EnsureSpaceAsync(12, ct).ConfigureAwait(false);
        WriteHeader(e.Tag, vr, (uint)padded);
        var swap = _encoding.BigEndian ? vr.SwapUnit() : 0;
        if (e.Buffer.IsInMemory && length <= BufferSize)
        {
            await EnsureSpaceAsync((int)padded, ct).ConfigureAwait(false);
            var dest = _buffer.AsSpan(_used, (int)length);
            e.Buffer.Memory.Span.CopyTo(dest);
            if (swap >= 2)
                ByteSwap.InPlace(dest, swap);
            _used += (int)length;
        }
        else
        {
            await FlushAsync(ct).ConfigureAwait(false);
            await e.Buffer.WriteToAsync(_out, _encoding.BigEndian, swap, ct).ConfigureAwait(false);
        }
        if ((length & 1) == 1)
        {
            await EnsureSpaceAsync(1, ct).ConfigureAwait(false);
            _buffer[_used++] = vr.PaddingByte();
        }
    }

    private async ValueTask WriteSequenceAsync(DicomSequence s, CancellationToken ct)
    {
        var undefined = IsUndefined(s.UndefinedLength);
        await EnsureSpaceAsync(12, ct).ConfigureAwait(false);
        WriteHeader(s.Tag, DicomVR.SQ, undefined ? UndefinedLength : checked((uint)SequenceContentLength(s)));
        foreach (var item in s.Items)
        {
            var itemUndefined = IsUndefined(item.UndefinedLength);
            await EnsureSpaceAsync(8, ct).ConfigureAwait(false);
            WriteDelimiter(DicomTag.Item, itemUndefined ? UndefinedLength : checked((uint)ContentLength(item)));
            await WriteContentAsync(item, ct).ConfigureAwait(false);
            if (itemUndefined)
            {
                await EnsureSpaceAsync(8, ct).ConfigureAwait(false);
                WriteDelimiter(DicomTag.ItemDelimitationItem, 0);
            }
        }
        if (undefined)
        {
            await EnsureSpaceAsync(8, ct).ConfigureAwait(false);
            WriteDelimiter(DicomTag.SequenceDelimitationItem, 0);
        }
    }

    private async ValueTask WriteFragmentsAsync(DicomFragmentSequence f, CancellationToken ct)
    {
        if (!_encapsulated)
            throw new DicomFormatException(DicomFormatFault.UnsupportedEncoding, "encapsulated pixel data can only be written in an encapsulated transfer syntax (it is never decoded)", tag: f.Tag);
        await EnsureSpaceAsync(12, ct).ConfigureAwait(false);
        WriteHeader(f.Tag, f.VR, UndefinedLength);
        foreach (var fragment in f.Fragments.Prepend(f.OffsetTable))
        {
            var padded = fragment.Length + (fragment.Length & 1);
            await EnsureSpaceAsync(8, ct).ConfigureAwait(false);
            WriteDelimiter(DicomTag.Item, checked((uint)padded));
            await FlushAsync(ct).ConfigureAwait(false);
            await fragment.WriteToAsync(_out, false, 0, ct).ConfigureAwait(false);
            if ((fragment.Length & 1) == 1)
                _buffer[_used++] = 0;
        }
        await EnsureSpaceAsync(8, ct).ConfigureAwait(false);
        WriteDelimiter(DicomTag.SequenceDelimitationItem, 0);
    }

    private void WriteHeader(DicomTag tag, DicomVR vr, uint length)
    {
        var span = _buffer.AsSpan(_used);
        WriteTag(span, tag);
        if (!_encoding.Explicit)
        {
            WriteUInt32(span[4..], length);
            _used += 8;
            return;
        }
        span[4] = (byte)((ushort)vr >> 8);
        span[5] = (byte)vr;
        if (vr.Has32BitLength())
        {
            span[6] = 0;
            span[7] = 0;
            WriteUInt32(span[8..], length);
            _used += 12;
        }
        else
        {
            if (_encoding.BigEndian)
                BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)length);
            else
                BinaryPrimitives.WriteUInt16LittleEndian(span[6..], (ushort)length);
            _used += 8;
        }
    }

    private void WriteDelimiter(DicomTag tag, uint length)
    {
        var span = _buffer.AsSpan(_used);
        WriteTag(span, tag);
        WriteUInt32(span[4..], length);
        _used += 8;
    }

    private void WriteTag(Span<byte> span, DicomTag tag)
    {
        if (_encoding.BigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span, tag.Group);
            BinaryPrimitives.WriteUInt16BigEndian(span[2..], tag.Element);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, tag.Group);
            BinaryPrimitives.WriteUInt16LittleEndian(span[2..], tag.Element);
        }
    }

    private void WriteUInt32(Span<byte> span, uint value)
    {
        if (_encoding.BigEndian)
            BinaryPrimitives.WriteUInt32BigEndian(span, value);
        else
            BinaryPrimitives.WriteUInt32LittleEndian(span, value);
    }

    private async ValueTask EnsureSpaceAsync(int count, CancellationToken ct)
    {
        if (_used + count > _buffer.Length)
            await FlushAsync(ct).ConfigureAwait(false);
    }

    private async ValueTask FlushAsync(CancellationToken ct)
    {
        if (_used == 0)
            return;
        await _out.WriteAsync(_buffer.AsMemory(0, _used), ct).ConfigureAwait(false);
        _used = 0;
    }
}
