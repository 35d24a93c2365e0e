using System.Buffers.Binary;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.IO;

internal sealed partial class DicomDatasetReader
{
    /// <summary>
    /// The common case, done without the async machinery: a little-endian element of defined length whose header and
    /// value are already in the read-ahead window (PS3.5 sections 7.1.2 and 7.1.3). A CT header is ~150 such elements;
    /// going through the general async path costs four nested state machines each, about half the parse time.
    /// Everything else (delimiters, sequences, UN, the stop tag, big endian, values not in the window or left on disk)
    /// returns false untouched and takes the general path, which stays the single source of those rules.
    /// </summary>
    private bool TryReadBufferedElement(Frame top, DicomTag tag, long pos)
    {
        var encoding = top.Encoding;
        if (encoding.BigEndian || tag.Group == 0xFFFE)
            return false;
        if (_stack.Count == 1 && ((_options.StopBeforeTag is { } stop && tag >= stop) || (_metaGroupOnly && tag.Group != 0x0002)))
            return false;
        var b = _reader.Buffered;
        if (b.Length < 12)
            return false;
        DicomVR vr;
        int headerLength;
        uint length;
        if (encoding.Implicit)
        {
            vr = ImplicitVR(tag);
            headerLength = 8;
            length = BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
        }
        else
        {
            // UN may be re-read with the dictionary VR, and unknown VR bytes need recovery: both on the general path.
            if (!DicomVRExtensions.TryParse(b[4], b[5], out vr) || vr == DicomVR.UN)
                return false;
            if (vr.Has32BitLength())
            {
                headerLength = 12;
                length = BinaryPrimitives.ReadUInt32LittleEndian(b[8..]);
            }
            else
            {
                headerLength = 8;
                length = BinaryPrimitives.ReadUInt16LittleEndian(b[6..]);
            }
        }
        if (vr == DicomVR.SQ || length == UndefinedLength || length > b.Length - headerLength)
            return false;
        if (length > _options.MaxInMemoryValueLength || (length > _options.LargeValueThreshold && _reader.Source.FilePath is not null))
            return false;

        var valuePos = pos + headerLength;
        // The value is in the window, so the stream holds it; only the enclosing container's end can be overrun.
        if (top.End >= 0 && valuePos + length > top.End)
            CheckContained(top, length, valuePos, tag);
        var buffer = length == 0 ? DicomBuffer.Empty : new MemoryBuffer(b.Slice(headerLength, (int)length).ToArray());
        _reader.Advance(headerLength + (int)length);
        top.Dataset.AddFromReader(new DicomElement(tag, vr, buffer) { StreamOffset = valuePos, StreamLength = length });
        return true;
    }
}
