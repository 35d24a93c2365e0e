using TeleRad.Dicom.Dictionary;

namespace TeleRad.Dicom.IO;

/// <summary>
/// Chooses between the VRs PS3.6 allows for an element read with implicit VR. "US or SS" elements follow Pixel
/// Representation (0028,0103): 1 means two's complement, so SS (PS3.5 annex A.1, PS3.3 C.7.6.3.1).
/// </summary>
internal static class ImplicitVRResolver
{
    private static readonly DicomTag PixelRepresentation = new(0x0028, 0x0103);

    public static void Resolve(DicomDataset dataset)
    {
        List<DicomAttribute>? changed = null;
        foreach (var a in dataset)
        {
            if (a is DicomElement { VR: DicomVR.US } e &&
                DicomDictionary.TryGet(e.Tag, out var entry) && entry.AlternateVR == DicomVR.SS && IsSigned(dataset))
            {
                (changed ??= []).Add(new DicomElement(e.Tag, DicomVR.SS, e.Buffer));
            }
        }
        if (changed is null)
            return;
        foreach (var a in changed)
            dataset.Add(a);
    }

    private static bool IsSigned(DicomDataset dataset)
    {
        for (var d = dataset; d is not null; d = d.Parent)
        {
            if (d[PixelRepresentation] is DicomElement { VR: DicomVR.US, Length: >= 2 } pr)
                return pr.Buffer.IsInMemory && pr.Buffer.Memory.Span[0] == 1;
        }
        return false;
    }
}
