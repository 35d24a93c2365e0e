using TeleRad.Dicom;
using TeleRad.Dicom.Values;

namespace TeleRad.Cli.Dump;

/// <summary>
/// Reads into memory the values that were left on disk (over <see cref="DumpSettings.LargeValueThreshold"/>) but are
/// not bulk data: long texts (LT, UT, UC...) and long arrays of numbers. The formatters decode those through the data
/// set's typed getters, which need the bytes in memory. Bulk values (OB, OD, OF, OL, OV, OW, UN) stay on disk.
/// </summary>
internal static class OnDiskValueLoader
{
    /// <summary>Loads every such value of <paramref name="dataset"/> and of the items of its sequences.</summary>
    public static async Task LoadAsync(DicomDataset dataset, CancellationToken cancellationToken)
    {
        List<DicomElement>? replacements = null;
        foreach (var attribute in dataset)
        {
            switch (attribute)
            {
                case DicomSequence sequence:
                    foreach (var item in sequence.Items)
                        await LoadAsync(item, cancellationToken).ConfigureAwait(false);
                    break;
                case DicomElement { Buffer.IsInMemory: false } element when !IsBulk(element.VR):
                    var bytes = await element.Buffer.LoadAsync(cancellationToken).ConfigureAwait(false);
                    (replacements ??= []).Add(new DicomElement(element.Tag, element.VR, DicomBuffer.FromBytes(bytes)));
                    break;
            }
        }

        // Replaced after the loop: a data set cannot change while it is being enumerated.
        foreach (var element in replacements ?? [])
            dataset.Add(element);
    }

    /// <summary>The VRs DicomJsonWriter treats as bulk data; an element without a VR is opaque bytes too.</summary>
    public static bool IsBulk(DicomVR vr) => vr.IsBulk() || vr == DicomVR.None;
}
