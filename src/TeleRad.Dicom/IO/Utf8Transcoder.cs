using System.Text;
using TeleRad.Dicom.CharacterSets;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.IO;

/// <summary>
/// Re-encodes every character-set dependent string (SH, LO, UC, ST, LT, UT, PN) of a data set as UTF-8 and declares
/// ISO_IR 192 once at the top (PS3.5 section 6.1.2.3); items then inherit it.
/// </summary>
internal static class Utf8Transcoder
{
    public static DicomDataset Convert(DicomDataset source)
    {
        var result = Copy(source, source.CharacterSet);
        result.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        return result;
    }

    private static DicomDataset Copy(DicomDataset source, DicomCharacterSet charset)
    {
        var copy = new DicomDataset { UndefinedLength = source.UndefinedLength };
        foreach (var a in source)
        {
            if (a.Tag == DicomTag.SpecificCharacterSet)
                continue;
            switch (a)
            {
                case DicomElement e when e.VR.IsCharacterSetDependent() && !e.IsEmpty:
                    var text = DicomDataset.TrimInsignificant(charset.Decode(e.Buffer.Memory.Span, e.VR), e.VR, trimLeading: false);
                    var bytes = Encoding.UTF8.GetBytes(text);
                    if ((bytes.Length & 1) == 1)
                    {
                        Array.Resize(ref bytes, bytes.Length + 1);
                        bytes[^1] = (byte)' ';
                    }
                    copy.Add(new DicomElement(e.Tag, e.VR, DicomBuffer.FromBytes(bytes)));
                    break;
                case DicomSequence s:
                    copy.Add(new DicomSequence(s.Tag, s.Items.Select(i => Copy(i, i.CharacterSet)), s.UndefinedLength));
                    break;
                default:
                    copy.Add(a);
                    break;
            }
        }
        return copy;
    }
}
