using System.Buffers.Binary;
using TeleRad.Dicom.Dictionary;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.IO;

/// <summary>
/// Parses a data set (PS3.5 section 7) from a <see cref="BufferedByteReader"/>. The parser is iterative, with an
/// explicit stack of open sequences and items, so nesting depth is a configured limit rather than a stack overflow.
/// Every length is checked against its enclosing item or sequence and against the bytes left before it is trusted.
/// </summary>
internal sealed partial class DicomDatasetReader
{
    private const uint UndefinedLength = 0xFFFFFFFF;

    private readonly BufferedByteReader _reader;
    private readonly DicomReadOptions _options;
    private readonly List<string> _warnings;
    private readonly Stack<Frame> _stack = new();
    private int _totalItems;

    private readonly bool _metaGroupOnly;

    /// <param name="reader">The bytes.</param>
    /// <param name="options">Limits and where to stop.</param>
    /// <param name="warnings">Collects what lenient reading tolerated.</param>
    /// <param name="metaGroupOnly">Stop at the first top-level element outside group 0002 (the File Meta Information).</param>
    public DicomDatasetReader(BufferedByteReader reader, DicomReadOptions options, List<string> warnings, bool metaGroupOnly = false)
    {
        _reader = reader;
        _options = options;
        _warnings = warnings;
        _metaGroupOnly = metaGroupOnly;
    }

    /// <summary>True when reading stopped at <see cref="DicomReadOptions.StopBeforeTag"/> rather than at the end.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Reads elements into <paramref name="dataset"/> until the end of the stream (or the stop tag).</summary>
    public async Task ReadAsync(DicomDataset dataset, ElementEncoding encoding, CancellationToken cancellationToken)
    {
        _stack.Push(Frame.ForDataset(dataset, end: -1, encoding, isItem: false));
        while (_stack.Count > 0)
        {
            var top = _stack.Peek();
            var pos = _reader.Position;
            if (top.End >= 0 && pos >= top.End)
            {
                if (pos > top.End)
                    _warnings.Add($"content ran {pos - top.End} bytes past the defined length of a container in {top.Tag} at offset {top.End}; accepted");
                Pop();
                continue;
            }
            if (!await _reader.EnsureAsync(4, cancellationToken).ConfigureAwait(false))
            {
                if (_stack.Count == 1 && _reader.Buffered.Length == 0)
                    return;
                if (_stack.Count == 1 && _reader.Buffered.Length < 4 && _reader.Buffered.IndexOfAnyExcept((byte)0) < 0)
                {
                    // Trailing NUL padding after the last element (seen from some writers): not data, nothing lost.
                    _warnings.Add($"{_reader.Buffered.Length} trailing padding bytes at offset {pos} ignored");
                    _reader.Advance(_reader.Buffered.Length);
                    return;
                }
                throw new DicomFormatException(DicomFormatFault.Truncated, "the stream ends inside an element header", pos, top.Tag);
            }
            var tag = ReadTag(_reader.Buffered, top.Encoding.BigEndian);
            if (top.Sequence is not null)
                await ReadSequenceContentAsync(top, tag, pos, cancellationToken).ConfigureAwait(false);
            else if (TryReadBufferedElement(top, tag, pos))
                continue;
            else if (!await ReadDatasetContentAsync(top, tag, pos, cancellationToken).ConfigureAwait(false))
                return;
        }
    }

    /// <summary>Inside a sequence only items and the sequence delimiter may appear (PS3.5 section 7.5).</summary>
    private async ValueTask ReadSequenceContentAsync(Frame top, DicomTag tag, long pos, CancellationToken ct)
    {
        var length = await ReadDelimiterLengthAsync(top, tag, pos, ct).ConfigureAwait(false);
        if (tag == DicomTag.Item)
        {
            if (top.Sequence!.Items.Count >= _options.MaxItemsPerSequence)
                throw new DicomFormatException(DicomFormatFault.LimitExceeded, $"more than {_options.MaxItemsPerSequence} items in a sequence", pos, top.Tag);
            if (++_totalItems > _options.MaxTotalItems)
                throw new DicomFormatException(DicomFormatFault.LimitExceeded, $"more than {_options.MaxTotalItems} sequence items in the data set", pos, top.Tag);
            var item = new DicomDataset { Parent = top.Dataset, UndefinedLength = length == UndefinedLength };
            top.Sequence.Items.Add(item);
            long end = -1;
            if (length != UndefinedLength)
                end = ContainerEnd(top, length, pos + 8, tag);
            // No depth check here: an item adds no nesting level, and its sequence was checked when opened. Checking it
            // too refused a data set nested exactly MaxSequenceDepth levels deep (found by the robustness suite).
            _stack.Push(Frame.ForDataset(item, end, top.Encoding, isItem: true, top.Tag));
        }
        else if (tag == DicomTag.SequenceDelimitationItem)
        {
            if (top.End >= 0)
                _warnings.Add($"sequence delimiter inside defined-length sequence {top.Tag} at offset {pos} ignored");
            else
                _stack.Pop();
        }
        else if (tag == DicomTag.ItemDelimitationItem && top.End < 0)
        {
            // A stray item delimiter between items: tolerated by DCMTK and pydicom; it carries no data.
            _warnings.Add($"stray item delimiter in sequence {top.Tag} at offset {pos} ignored");
        }
        else
        {
            throw new DicomFormatException(DicomFormatFault.InvalidItem, $"found {tag} where an item or sequence delimiter must be", pos, top.Tag);
        }
    }

    /// <summary>Reads one element of a data set or item; false when reading stops before the stop tag.</summary>
    private async ValueTask<bool> ReadDatasetContentAsync(Frame top, DicomTag tag, long pos, CancellationToken ct)
    {
        if (tag.Group == 0xFFFE)
        {
            var length = await ReadDelimiterLengthAsync(top, tag, pos, ct).ConfigureAwait(false);
            if (tag == DicomTag.ItemDelimitationItem && top.IsItem)
            {
                if (top.End >= 0)
                    _warnings.Add($"item delimiter inside a defined-length item of {top.Tag} at offset {pos} ignored");
                else
                    Pop(); // Pop, not _stack.Pop: an implicit VR item's "US or SS" elements are resolved on closing.
                return true;
            }
            if (tag == DicomTag.SequenceDelimitationItem && top.IsItem && top.End < 0)
            {
                // An item without its delimiter, closed by the sequence's: pop both (lenient, as DCMTK).
                _warnings.Add($"item of {top.Tag} closed by a sequence delimiter at offset {pos}");
                Pop();
                if (_stack.Count > 0 && _stack.Peek().Sequence is not null && _stack.Peek().End < 0)
                    _stack.Pop();
                return true;
            }
            if (!top.IsItem && tag != DicomTag.Item && length == 0)
            {
                _warnings.Add($"stray delimiter {tag} at offset {pos} ignored");
                return true;
            }
            throw new DicomFormatException(DicomFormatFault.InvalidItem, $"unexpected {tag} in a data set", pos, top.Tag);
        }

        if (_stack.Count == 1 && ((_options.StopBeforeTag is { } stop && tag >= stop) || (_metaGroupOnly && tag.Group != 0x0002)))
        {
            Stopped = true;
            return false;
        }

        var header = await ReadHeaderAsync(top.Encoding, tag, pos, top.Tag, ct).ConfigureAwait(false);
        var valuePos = _reader.Position;
        var vr = header.VR;
        if (header.Length == UndefinedLength)
        {
            if (tag == DicomTag.PixelData || (vr is DicomVR.OB or DicomVR.OW && header.Explicit))
            {
                var fragments = await ReadFragmentsAsync(tag, top, pos, ct).ConfigureAwait(false);
                fragments.StreamOffset = valuePos;
                fragments.StreamLength = _reader.Position - valuePos;
                top.Dataset.AddFromReader(fragments);
                return true;
            }
            if (vr is DicomVR.SQ or DicomVR.UN || !header.Explicit)
            {
                // PS3.5 section 6.2.2: a UN element of undefined length holds a sequence encoded in Implicit VR Little
                // Endian. Implicit VR elements of undefined length not known as SQ (private ones) are sequences too.
                var inner = (vr == DicomVR.SQ && header.Explicit) || top.Encoding.Implicit ? top.Encoding : ElementEncoding.ImplicitLittle;
                OpenSequence(top, tag, -1, inner, pos);
                return true;
            }
            throw new DicomFormatException(DicomFormatFault.InvalidLength, $"undefined length on VR {vr.Code()}", pos, tag);
        }

        var len = header.Length;
        if (vr != DicomVR.SQ)
            CheckContained(top, len, valuePos, tag);
        else
        {
            var inner = header.Explicit || top.Encoding.Implicit ? top.Encoding : ElementEncoding.ImplicitLittle;
            OpenSequence(top, tag, ContainerEnd(top, len, valuePos, tag), inner, pos);
            return true;
        }
        var buffer = await ReadValueAsync(tag, vr, len, top.Encoding, valuePos, ct).ConfigureAwait(false);
        top.Dataset.AddFromReader(new DicomElement(tag, vr, buffer) { StreamOffset = valuePos, StreamLength = len });
        return true;
    }

    private void OpenSequence(Frame top, DicomTag tag, long end, ElementEncoding encoding, long pos)
    {
        CheckDepth(pos, tag);
        var seq = new DicomSequence(tag, undefinedLength: end < 0);
        top.Dataset.AddFromReader(seq);
        _stack.Push(Frame.ForSequence(seq, top.Dataset, end, encoding));
    }

    private async ValueTask<DicomBuffer> ReadValueAsync(DicomTag tag, DicomVR vr, uint length, ElementEncoding encoding, long valuePos, CancellationToken ct)
    {
        if (length == 0)
            return DicomBuffer.Empty;
        var path = _reader.Source.FilePath;
        // Only bulk values (OB, OW, ..., UN, and so pixel data and fragments) are left on disk. Text and numbers are what
        // the getters decode, the file reader (Transfer Syntax UID), the writer (SOP UIDs) and every string getter
        // (Specific Character Set) included; left on disk, an oversized one in a hostile file made those throw
        // InvalidOperationException instead of reading (found by fuzzing, docs/fuzzing.md). Their size is still
        // bounded by the file's.
        if (path is not null && length > _options.LargeValueThreshold && vr.IsBulk())
        {
            await _reader.SkipAsync(length, valuePos, tag, ct).ConfigureAwait(false);
            return new FileRangeBuffer(path, valuePos, length, encoding.BigEndian, vr.SwapUnit());
        }
        if (length > _options.MaxInMemoryValueLength)
            throw new DicomFormatException(DicomFormatFault.LimitExceeded, $"value length {length} exceeds the in-memory limit of {_options.MaxInMemoryValueLength} bytes", valuePos, tag);
        var bytes = await _reader.ReadBytesAsync(length, valuePos, tag, ct).ConfigureAwait(false);
        if (encoding.BigEndian && vr.SwapUnit() >= 2)
            ByteSwap.InPlace(bytes, vr.SwapUnit());
        return new MemoryBuffer(bytes);
    }

    private async ValueTask<uint> ReadDelimiterLengthAsync(Frame top, DicomTag tag, long pos, CancellationToken ct)
    {
        // Items and delimiters always have a 4-byte length and no VR, in every transfer syntax (PS3.5 section 7.5).
        if (!await _reader.EnsureAsync(8, ct).ConfigureAwait(false))
            throw new DicomFormatException(DicomFormatFault.Truncated, $"the stream ends inside {tag}", pos, top.Tag);
        var length = top.Encoding.BigEndian
            ? BinaryPrimitives.ReadUInt32BigEndian(_reader.Buffered[4..])
            : BinaryPrimitives.ReadUInt32LittleEndian(_reader.Buffered[4..]);
        _reader.Advance(8);
        if (tag != DicomTag.Item && length != 0)
            _warnings.Add($"{tag} at offset {pos} has non-zero length {length}");
        return length;
    }

    private long CheckContained(Frame top, long length, long valuePos, DicomTag? tag)
    {
        var end = valuePos + length;
        if (_reader.Remaining is { } remaining && length > remaining)
            throw new DicomFormatException(DicomFormatFault.LengthExceedsContainer, $"length {length} exceeds the {remaining} bytes left in the stream", valuePos, tag);
        if (top.End >= 0 && end > top.End)
        {
            // A container whose own length is too short (seen in real DICOMDIRs): DCMTK and pydicom read on, and so do
            // we, since the stream really holds the bytes. Lengths are still bounded by the stream itself.
            _warnings.Add($"length {length} of {tag} at offset {valuePos} runs {end - top.End} bytes past its enclosing container; accepted");
        }
        return end;
    }

    /// <summary>
    /// The end of a defined-length item or sequence. One that claims more bytes than the stream holds is cut at the end
    /// of the stream (DCMTK and pydicom read such DICOMDIRs); nothing is allocated for a container, and every value in
    /// it is still checked on its own.
    /// </summary>
    private long ContainerEnd(Frame top, long length, long valuePos, DicomTag? tag)
    {
        if (_reader.Remaining is { } remaining && length > remaining)
        {
            _warnings.Add($"container {tag} at offset {valuePos} claims {length} bytes but only {remaining} remain; cut at the end of the stream");
            length = remaining;
        }
        return CheckContained(top, length, valuePos, tag);
    }

    private void CheckDepth(long pos, DicomTag? tag)
    {
        // Each nesting level is a sequence frame plus an item frame.
        if (_stack.Count / 2 >= _options.MaxSequenceDepth)
            throw new DicomFormatException(DicomFormatFault.NestingTooDeep, $"sequences nest deeper than {_options.MaxSequenceDepth} levels", pos, tag);
    }

    private void Pop()
    {
        var frame = _stack.Pop();
        if (frame.Sequence is null && frame.IsItem && frame.Encoding.Implicit)
            ImplicitVRResolver.Resolve(frame.Dataset);
    }

    private static DicomTag ReadTag(ReadOnlySpan<byte> b, bool bigEndian) => bigEndian
        ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(b), BinaryPrimitives.ReadUInt16BigEndian(b[2..]))
        : new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(b), BinaryPrimitives.ReadUInt16LittleEndian(b[2..]));

    private static DicomVR DictionaryVR(DicomTag tag) => DicomDictionary.ImplicitVR(tag);
}
