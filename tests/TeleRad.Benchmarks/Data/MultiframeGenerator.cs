using System.Globalization;
using TeleRad.Dicom;
using TeleRad.Dicom.Uids;

namespace TeleRad.Benchmarks.Data;

/// <summary>
/// Writes one large multi-frame instance (Multi-frame Grayscale Word Secondary Capture, PS3.3 A.8.3): 1024x1024
/// 16-bit frames, as many as make the requested size in MiB (2 MiB each), so 512 MiB is 256 frames. The pixel data is
/// produced frame by frame while writing, so generating it needs no more memory than one frame.
/// </summary>
internal static class MultiframeGenerator
{
    private const int Size = 1024;
    private const int FrameMiB = 2;

    public static async Task<int> RunAsync(string path, int sizeMiB)
    {
        if (sizeMiB < FrameMiB || sizeMiB % FrameMiB != 0)
        {
            Console.Error.WriteLine($"size must be a positive multiple of {FrameMiB} MiB");
            return 2;
        }
        var frames = sizeMiB / FrameMiB;
        var ds = new DicomDataset();
        ds.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 100");
        ds.SetStrings(DicomTags.ImageType, DicomVR.CS, ["DERIVED", "SECONDARY"]);
        ds.SetString(DicomTags.SOPClassUID, DicomUids.MultiFrameGrayscaleWordSecondaryCaptureImageStorage);
        ds.SetString(DicomTags.SOPInstanceUID, SyntheticUids.For("mf/instance/" + sizeMiB.ToString(CultureInfo.InvariantCulture)));
        ds.SetString(DicomTags.StudyDate, "20240315");
        ds.SetString(DicomTags.ContentDate, "20240315");
        ds.SetString(DicomTags.StudyTime, "100203");
        ds.SetString(DicomTags.ContentTime, "101004");
        ds.SetString(DicomTags.AccessionNumber, "DEMO0002");
        ds.SetString(DicomTags.Modality, "OT");
        ds.SetString(DicomTags.ConversionType, "WSD");
        ds.SetString(DicomTags.ReferringPhysicianName, "Referrer^Demo");
        ds.SetString(DicomTags.SeriesDescription, "Synthetic multi-frame");
        ds.SetString(DicomTags.PatientName, "Demo^Patient");
        ds.SetString(DicomTags.PatientID, "DEMO-000042");
        ds.SetString(DicomTags.PatientBirthDate, "19700101");
        ds.SetString(DicomTags.PatientSex, "O");
        ds.SetString(DicomTags.StudyInstanceUID, SyntheticUids.For("mf/study"));
        ds.SetString(DicomTags.SeriesInstanceUID, SyntheticUids.For("mf/series"));
        ds.SetString(DicomTags.StudyID, "4243");
        ds.SetIntegers(DicomTags.SeriesNumber, 1);
        ds.SetIntegers(DicomTags.InstanceNumber, 1);
        ds.SetIntegers(DicomTags.SamplesPerPixel, 1);
        ds.SetString(DicomTags.PhotometricInterpretation, "MONOCHROME2");
        ds.SetIntegers(DicomTags.NumberOfFrames, frames);
        ds.SetAttributeTags(DicomTags.FrameIncrementPointer, DicomTags.FrameTime);
        ds.SetDecimals(DicomTags.FrameTime, 40);
        ds.SetIntegers(DicomTags.Rows, Size);
        ds.SetIntegers(DicomTags.Columns, Size);
        ds.SetIntegers(DicomTags.BitsAllocated, 16);
        ds.SetIntegers(DicomTags.BitsStored, 12);
        ds.SetIntegers(DicomTags.HighBit, 11);
        ds.SetIntegers(DicomTags.PixelRepresentation, 0L);
        ds.Add(new DicomElement(DicomTags.PixelData, DicomVR.OW, new SyntheticFramesBuffer(Size, Size, frames)));

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        await new DicomFile(ds).SaveAsync(path).ConfigureAwait(false);
        Console.WriteLine($"wrote {frames} frames ({sizeMiB} MiB of pixel data) to {path}");
        return 0;
    }
}
