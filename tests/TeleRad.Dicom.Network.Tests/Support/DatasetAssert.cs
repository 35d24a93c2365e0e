using TeleRad.Dicom.Dictionary;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>
/// Compares two data sets element by element with the toolkit: same tags, same value bytes (values on disk are
/// loaded), same items and fragments. VRs are compared where the standard fixes one, since a data set that crossed
/// an implicit VR transfer syntax gets its VRs from a dictionary (private elements become UN, ambiguous ones vary).
/// Data Set Trailing Padding (FFFC,FFFC) is ignored: it has no meaning and DCMTK drops it (PS3.10 section 7.2).
/// </summary>
internal static class DatasetAssert
{
    public static async Task EquivalentAsync(DicomDataset expected, DicomDataset actual)
    {
        var differences = new List<string>();
        await CompareAsync(expected, actual, "", differences);
        differences.Should().BeEmpty();
    }

    private static async Task CompareAsync(DicomDataset expected, DicomDataset actual, string path, List<string> differences)
    {
        var expectedTags = expected.Where(Compared).Select(a => a.Tag).ToList();
        var actualTags = actual.Where(Compared).Select(a => a.Tag).ToList();
        foreach (var missing in expectedTags.Except(actualTags))
            differences.Add($"{path}{missing} missing");
        foreach (var extra in actualTags.Except(expectedTags))
            differences.Add($"{path}{extra} unexpected");

        foreach (var tag in expectedTags.Intersect(actualTags))
        {
            var e = expected[tag]!;
            var a = actual[tag]!;
            var where = $"{path}{tag}";
            if (FixedVR(tag) && e.VR != DicomVR.UN && a.VR != DicomVR.UN && e.VR != a.VR)
                differences.Add($"{where} VR {e.VR} != {a.VR}");
            switch (e, a)
            {
                case (DicomElement ee, DicomElement ae):
                    var eb = await ee.Buffer.LoadAsync(CancellationToken.None);
                    var ab = await ae.Buffer.LoadAsync(CancellationToken.None);
                    if (!eb.Span.SequenceEqual(ab.Span))
                        differences.Add($"{where} value differs ({eb.Length} vs {ab.Length} bytes)");
                    break;
                case (DicomSequence es, DicomSequence @as):
                    if (es.Items.Count != @as.Items.Count)
                        differences.Add($"{where} has {@as.Items.Count} items, expected {es.Items.Count}");
                    else
                        for (var i = 0; i < es.Items.Count; i++)
                            await CompareAsync(es.Items[i], @as.Items[i], $"{where}[{i}].", differences);
                    break;
                case (DicomFragmentSequence ef, DicomFragmentSequence af):
                    if (ef.Fragments.Count != af.Fragments.Count)
                        differences.Add($"{where} has {af.Fragments.Count} fragments, expected {ef.Fragments.Count}");
                    else
                        for (var i = 0; i < ef.Fragments.Count; i++)
                        {
                            var f1 = await ef.Fragments[i].LoadAsync(CancellationToken.None);
                            var f2 = await af.Fragments[i].LoadAsync(CancellationToken.None);
                            if (!f1.Span.SequenceEqual(f2.Span))
                                differences.Add($"{where} fragment {i} differs");
                        }

                    break;
                default:
                    differences.Add($"{where} is a {e.GetType().Name} but arrived as a {a.GetType().Name}");
                    break;
            }
        }
    }

    private static bool Compared(DicomAttribute attribute) =>
        !attribute.Tag.IsGroupLength && attribute.Tag != TrailingPadding;

    private static readonly DicomTag TrailingPadding = new(0xFFFC, 0xFFFC);

    private static bool FixedVR(DicomTag tag) =>
        !tag.IsPrivate && DicomDictionary.TryGet(tag, out var entry) && !entry.IsAmbiguousVR;
}
