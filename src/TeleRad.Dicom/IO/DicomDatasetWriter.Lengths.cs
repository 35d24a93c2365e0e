namespace TeleRad.Dicom.IO;

internal sealed partial class DicomDatasetWriter
{
    /// <summary>Group lengths (gggg,0000) are retired outside the command and meta groups and are recomputed or dropped (PS3.5 section 7.2); group 0002 belongs in the meta group only.</summary>
    private bool Skip(DicomTag tag) => tag.IsGroupLength || (tag.Group == 0x0002 && !_metaGroup);

    private bool IsUndefined(bool asRead) => _mode switch
    {
        DicomSequenceLengthMode.Undefined => true,
        DicomSequenceLengthMode.Defined => false,
        _ => asRead,
    };

    /// <summary>
    /// The VR to write: unknown VRs become UN; in explicit VR a value too long for a 16-bit length field is written as
    /// UN, as PS3.5 section 6.2.2 prescribes.
    /// </summary>
    private DicomVR EffectiveVR(DicomElement e)
    {
        var vr = e.VR == DicomVR.None ? DicomVR.UN : e.VR;
        if (_encoding.Explicit && !vr.Has32BitLength() && e.Length + (e.Length & 1) > ushort.MaxValue)
            return DicomVR.UN;
        return vr;
    }

    private int HeaderLength(DicomVR vr) => !_encoding.Explicit ? 8 : vr.Has32BitLength() ? 12 : 8;

    /// <summary>The encoded length of an item's content.</summary>
    private long ContentLength(DicomDataset dataset)
    {
        if (_lengthCache.TryGetValue(dataset, out var cached))
            return cached;
        long total = 0;
        foreach (var a in dataset)
        {
            if (Skip(a.Tag))
                continue;
            total += a switch
            {
                DicomElement e => HeaderLength(EffectiveVR(e)) + e.Length + (e.Length & 1),
                DicomSequence s => HeaderLength(DicomVR.SQ) + SequenceContentLength(s) + (IsUndefined(s.UndefinedLength) ? 8 : 0),
                DicomFragmentSequence f => HeaderLength(f.VR) + 8 + f.Fragments.Prepend(f.OffsetTable).Sum(b => 8 + b.Length + (b.Length & 1)),
                _ => 0,
            };
        }
        _lengthCache[dataset] = total;
        return total;
    }

    /// <summary>The encoded length of a sequence's items (without the sequence delimiter).</summary>
    private long SequenceContentLength(DicomSequence s)
    {
        long total = 0;
        foreach (var item in s.Items)
            total += 8 + ContentLength(item) + (IsUndefined(item.UndefinedLength) ? 8 : 0);
        return total;
    }
}
