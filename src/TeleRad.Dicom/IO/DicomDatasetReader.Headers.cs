using System.Buffers.Binary;
using TeleRad.Dicom.Dictionary;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.IO;

internal sealed partial class DicomDatasetReader
{
    /// <summary>Reads VR and length after the tag (PS3.5 section 7.1.2 explicit, 7.1.3 implicit).</summary>
    private async ValueTask<Header> ReadHeaderAsync(ElementEncoding encoding, DicomTag tag, long pos, DicomTag? container, CancellationToken ct)
    {
        if (!await _reader.EnsureAsync(8, ct).ConfigureAwait(false))
            throw new DicomFormatException(DicomFormatFault.Truncated, "the stream ends inside an element header", pos, tag);
        var b = _reader.Buffered;
        if (encoding.Implicit)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
            _reader.Advance(8);
            return new Header(ImplicitVR(tag), length, false);
        }
        if (DicomVRExtensions.TryParse(b[4], b[5], out var vr))
        {
            uint length;
            if (vr.Has32BitLength())
            {
                if (!await _reader.EnsureAsync(12, ct).ConfigureAwait(false))
                    throw new DicomFormatException(DicomFormatFault.Truncated, "the stream ends inside an element header", pos, tag);
                b = _reader.Buffered;
                length = encoding.BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b[8..]) : BinaryPrimitives.ReadUInt32LittleEndian(b[8..]);
                _reader.Advance(12);
            }
            else
            {
                length = encoding.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b[6..]) : BinaryPrimitives.ReadUInt16LittleEndian(b[6..]);
                _reader.Advance(8);
            }
            if (vr == DicomVR.UN && length != UndefinedLength && DicomDictionary.TryGet(tag, out var entry) && entry.VR != DicomVR.None && !entry.IsAmbiguousVR && !encoding.BigEndian)
            {
                // PS3.5 section 6.2.2: UN is what a sender writes for an element it did not know; a receiver that knows
                // the tag reads the value (always little endian, implicit VR for sequences) with the dictionary VR.
                return new Header(entry.VR, length, entry.VR != DicomVR.SQ);
            }
            return new Header(vr, length, true);
        }
        if (b[4] is >= (byte)'A' and <= (byte)'Z' && b[5] is >= (byte)'A' and <= (byte)'Z')
        {
            // A VR defined after this toolkit was written: PS3.5 section 7.1.2 requires new VRs to use the 32-bit form.
            if (!await _reader.EnsureAsync(12, ct).ConfigureAwait(false))
                throw new DicomFormatException(DicomFormatFault.Truncated, "the stream ends inside an element header", pos, tag);
            b = _reader.Buffered;
            var length = encoding.BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b[8..]) : BinaryPrimitives.ReadUInt32LittleEndian(b[8..]);
            _reader.Advance(12);
            _warnings.Add($"unknown VR in element {tag} at offset {pos} read as UN");
            return new Header(DicomVR.UN, length, true);
        }
        if (encoding.BigEndian)
            throw new DicomFormatException(DicomFormatFault.InvalidVR, "the VR bytes are not a VR", pos + 4, tag);
        // Explicit VR expected but not there: some writers mix implicit elements in. Read this one as implicit (as DCMTK does).
        _warnings.Add($"element {tag} at offset {pos} has no explicit VR; read as implicit VR");
        var implicitLength = BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
        _reader.Advance(8);
        return new Header(ImplicitVR(tag), implicitLength, false);
    }

    private static DicomVR ImplicitVR(DicomTag tag)
    {
        var vr = DictionaryVR(tag);
        return vr == DicomVR.None ? DicomVR.UN : vr;
    }

    /// <summary>
    /// Reads encapsulated pixel data: the Basic Offset Table item, fragment items, the sequence delimiter (PS3.5 section
    /// A.4). Its VR is OB whatever the header said (A.4 requires OB, as DCMTK reads it): some writers put OW there, and an
    /// implicit VR header gives the dictionary's native-format OW (A.1); kept, either would be written out again.
    /// </summary>
    private async ValueTask<DicomFragmentSequence> ReadFragmentsAsync(DicomTag tag, Frame top, long pos, CancellationToken ct)
    {
        DicomBuffer? offsetTable = null;
        var fragments = new List<DicomBuffer>();
        while (true)
        {
            var itemPos = _reader.Position;
            if (!await _reader.EnsureAsync(8, ct).ConfigureAwait(false))
                throw new DicomFormatException(DicomFormatFault.Truncated, "the stream ends inside encapsulated pixel data", itemPos, tag);
            var b = _reader.Buffered;
            var itemTag = ReadTag(b, top.Encoding.BigEndian);
            var length = top.Encoding.BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b[4..]) : BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
            _reader.Advance(8);
            if (itemTag == DicomTag.SequenceDelimitationItem)
                break;
            if (itemTag != DicomTag.Item)
                throw new DicomFormatException(DicomFormatFault.InvalidItem, $"found {itemTag} where a fragment item must be", itemPos, tag);
            if (length == UndefinedLength)
                throw new DicomFormatException(DicomFormatFault.InvalidLength, "a fragment has undefined length", itemPos, tag);
            CheckContained(top, length, itemPos + 8, tag);
            if (fragments.Count >= _options.MaxItemsPerSequence)
                throw new DicomFormatException(DicomFormatFault.LimitExceeded, $"more than {_options.MaxItemsPerSequence} fragments", itemPos, tag);
            var value = await ReadValueAsync(tag, DicomVR.OB, length, top.Encoding, itemPos + 8, ct).ConfigureAwait(false);
            if (offsetTable is null)
                offsetTable = value;
            else
                fragments.Add(value);
        }
        return new DicomFragmentSequence(tag, DicomVR.OB, offsetTable ?? DicomBuffer.Empty, fragments);
    }
}
