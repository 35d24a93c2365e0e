using TeleRad.Dicom.Values;

namespace TeleRad.Dicom;

/// <summary>
/// Encapsulated pixel data (PS3.5 section A.4): a Basic Offset Table item followed by fragments, kept byte for byte and
/// never decoded. The Extended Offset Table, when present, is the separate (7FE0,0001)/(7FE0,0002) pair.
/// </summary>
public sealed class DicomFragmentSequence : DicomAttribute
{
    /// <summary>Creates encapsulated pixel data.</summary>
    public DicomFragmentSequence(DicomTag tag, DicomVR vr, DicomBuffer offsetTable, IEnumerable<DicomBuffer> fragments)
        : base(tag, vr)
    {
        OffsetTable = offsetTable;
        Fragments = [.. fragments];
    }

    /// <summary>The Basic Offset Table item's value (empty when the table is empty).</summary>
    public DicomBuffer OffsetTable { get; }

    /// <summary>The fragments after the offset table, in order.</summary>
    public List<DicomBuffer> Fragments { get; }

    /// <summary>The Basic Offset Table as 32-bit offsets (PS3.5 section A.4, table A.4-1); needs it in memory.</summary>
    public uint[] GetBasicOffsets() =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(OffsetTable.Memory.Span[..(int)(OffsetTable.Length & ~3L)]).ToArray();
}
