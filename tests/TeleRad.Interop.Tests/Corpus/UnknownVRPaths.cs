using TeleRad.Dicom;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// The tag paths (e.g. <c>(0019,1060)</c>, <c>(0001,0001)[0](0001,0002)</c>)
/// of the elements a data set holds with VR UN: those we write without knowing
/// their VR, so their bytes are never byte-swapped (PS3.5 6.2.2).
/// </summary>
public static class UnknownVRPaths
{
    /// <summary>Every UN element of <paramref name="dataset"/>, nested ones included.</summary>
    public static IReadOnlySet<string> Of(DicomDataset dataset)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        Collect(string.Empty, dataset, paths);
        return paths;
    }

    private static void Collect(string path, DicomDataset dataset, HashSet<string> paths)
    {
        foreach (var attribute in dataset)
        {
            var tagPath = path + attribute.Tag;
            if (attribute is DicomSequence sequence)
            {
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Collect($"{tagPath}[{i}]", sequence.Items[i], paths);
                }
            }
            else if (attribute.VR is DicomVR.UN or DicomVR.None)
            {
                paths.Add(tagPath);
            }
        }
    }
}
