using System.Buffers.Binary;
using System.Globalization;
using TeleRad.Dicom;
using TeleRad.Dicom.Uids;

namespace TeleRad.Benchmarks.Data;

/// <summary>
/// Writes a synthetic axial CT series: 512x512, 16 bits allocated, 12 stored, Explicit VR Little Endian Part 10 files
/// with a header shaped like a real scanner's (patient, study, series, frame of reference, equipment, image plane,
/// CT image and SOP common modules of PS3.3 A.3, a few sequences, two private blocks). Every value is synthetic and
/// deterministic, so two generations give byte-identical files.
/// </summary>
internal static class CtSeriesGenerator
{
    public const int DefaultCount = 300;
    private const int Size = 512;
    private const double SliceSpacing = 1.25;

    public static async Task<int> RunAsync(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        var pixels = new byte[Size * Size * 2];
        for (var i = 0; i < count; i++)
        {
            FillPixels(pixels, i);
            var dataset = BuildDataset(i, count, pixels);
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"CT{i + 1:D6}.dcm"));
            await new DicomFile(dataset).SaveAsync(path).ConfigureAwait(false);
        }
        Console.WriteLine($"wrote {count} CT files to {directory}");
        return 0;
    }

    /// <summary>The data set of slice <paramref name="index"/>; <paramref name="pixels"/> is copied.</summary>
    public static DicomDataset BuildDataset(int index, int count, ReadOnlySpan<byte> pixels)
    {
        var studyUid = SyntheticUids.For("ct/study");
        var seriesUid = SyntheticUids.For("ct/series");
        var z = -(index * SliceSpacing);
        var ds = new DicomDataset();
        ds.SetString(DicomTags.SpecificCharacterSet, "ISO_IR 100");
        ds.SetStrings(DicomTags.ImageType, DicomVR.CS, ["ORIGINAL", "PRIMARY", "AXIAL"]);
        ds.SetString(DicomTags.InstanceCreationDate, "20240315");
        ds.SetString(DicomTags.InstanceCreationTime, "101512.250000");
        ds.SetString(DicomTags.SOPClassUID, DicomUids.CTImageStorage);
        ds.SetString(DicomTags.SOPInstanceUID, SyntheticUids.For("ct/instance/" + index.ToString(CultureInfo.InvariantCulture)));
        ds.SetString(DicomTags.StudyDate, "20240315");
        ds.SetString(DicomTags.SeriesDate, "20240315");
        ds.SetString(DicomTags.AcquisitionDate, "20240315");
        ds.SetString(DicomTags.ContentDate, "20240315");
        ds.SetString(DicomTags.StudyTime, "100203");
        ds.SetString(DicomTags.SeriesTime, "101002.125000");
        ds.SetString(DicomTags.AcquisitionTime, "101004.500000");
        ds.SetString(DicomTags.ContentTime, "101004.500000");
        ds.SetString(DicomTags.AccessionNumber, "DEMO0001");
        ds.SetString(DicomTags.Modality, "CT");
        ds.SetString(DicomTags.Manufacturer, "Demo Scanner Works");
        ds.SetString(DicomTags.InstitutionName, "Demo Hospital");
        ds.SetString(DicomTags.InstitutionAddress, "1 Example Street, Demo Town");
        ds.SetString(DicomTags.ReferringPhysicianName, "Referrer^Demo");
        ds.SetString(DicomTags.TimezoneOffsetFromUTC, "+0100");
        ds.SetString(DicomTags.StationName, "DEMOCT01");
        ds.SetString(DicomTags.StudyDescription, "CT CHEST ABDOMEN PELVIS W CONTRAST");
        ds.SetSequence(DicomTags.ProcedureCodeSequence, Code("DEMO-CAP", "99DEMO", "CT chest abdomen pelvis"));
        ds.SetString(DicomTags.SeriesDescription, "Body 1.25mm Soft Tissue");
        ds.SetString(DicomTags.InstitutionalDepartmentName, "Radiology");
        ds.SetString(DicomTags.PerformingPhysicianName, "Performer^Demo");
        ds.SetString(DicomTags.ManufacturerModelName, "Demo CT 64");
        ds.SetSequence(DicomTags.ReferencedPerformedProcedureStepSequence, Reference("1.2.840.10008.3.1.2.3.3", SyntheticUids.For("ct/mpps")));
        ds.SetSequence(DicomTags.ReferencedImageSequence, Reference(DicomUids.CTImageStorage, SyntheticUids.For("ct/localizer")));
        ds.SetSequence(DicomTags.SourceImageSequence, Reference(DicomUids.CTImageStorage, SyntheticUids.For("ct/source/" + index.ToString(CultureInfo.InvariantCulture))));
        ds.SetSequence(DicomTags.AnatomicRegionSequence, Code("818981001", "SCT", "Abdomen"));

        ds.SetString(DicomTags.PatientName, "Demo^Patient");
        ds.SetString(DicomTags.PatientID, "DEMO-000042");
        ds.SetString(DicomTags.IssuerOfPatientID, "DEMO");
        ds.SetString(DicomTags.PatientBirthDate, "19700101");
        ds.SetString(DicomTags.PatientSex, "O");
        ds.SetString(DicomTags.PatientAge, "054Y");
        ds.SetDecimals(DicomTags.PatientSize, 1.75);
        ds.SetDecimals(DicomTags.PatientWeight, 72.5);
        ds.SetString(DicomTags.AdditionalPatientHistory, "Synthetic benchmark data; no real patient.");
        ds.SetString(DicomTags.PatientIdentityRemoved, "YES");
        ds.SetString(DicomTags.DeidentificationMethod, "Synthetic data, never identified");

        ds.SetString(DicomTags.ContrastBolusAgent, "IV CONTRAST");
        ds.SetString(DicomTags.BodyPartExamined, "ABDOMEN");
        ds.SetStrings(DicomTags.ScanOptions, DicomVR.CS, ["HELICAL MODE"]);
        ds.SetDecimals(DicomTags.SliceThickness, 1.25);
        ds.SetDecimals(DicomTags.KVP, 120);
        ds.SetDecimals(DicomTags.SpacingBetweenSlices, SliceSpacing);
        ds.SetDecimals(DicomTags.DataCollectionDiameter, 500);
        ds.SetString(DicomTags.DeviceSerialNumber, "DEMO-SN-0001");
        ds.SetStrings(DicomTags.SoftwareVersions, DicomVR.LO, ["demo_sw_1.0", "recon_2.3"]);
        ds.SetString(DicomTags.ProtocolName, "5.1 CAP Routine");
        ds.SetDecimals(DicomTags.ReconstructionDiameter, 380);
        ds.SetDecimals(DicomTags.DistanceSourceToDetector, 949.075);
        ds.SetDecimals(DicomTags.DistanceSourceToPatient, 541);
        ds.SetDecimals(DicomTags.GantryDetectorTilt, 0.0);
        ds.SetDecimals(DicomTags.TableHeight, 143.5);
        ds.SetString(DicomTags.RotationDirection, "CW");
        ds.SetIntegers(DicomTags.ExposureTime, 500);
        ds.SetIntegers(DicomTags.XRayTubeCurrent, 180 + (index % 40));
        ds.SetIntegers(DicomTags.Exposure, 90);
        ds.SetString(DicomTags.FilterType, "BODY FILTER");
        ds.SetIntegers(DicomTags.GeneratorPower, 22);
        ds.SetDecimals(DicomTags.FocalSpots, 0.7);
        ds.SetStrings(DicomTags.ConvolutionKernel, DicomVR.SH, ["STANDARD"]);
        ds.SetString(DicomTags.PatientPosition, "FFS");
        ds.SetDecimals(DicomTags.RevolutionTime, 0.5);
        ds.SetDecimals(DicomTags.SingleCollimationWidth, 0.625);
        ds.SetDecimals(DicomTags.TotalCollimationWidth, 40);
        ds.SetDecimals(DicomTags.TableSpeed, 78.75);
        ds.SetDecimals(DicomTags.TableFeedPerRotation, 39.375);
        ds.SetDecimals(DicomTags.SpiralPitchFactor, 0.984375);
        ds.SetDecimals(DicomTags.DataCollectionCenterPatient, 0.0, -143.5, z);
        ds.SetDecimals(DicomTags.ReconstructionTargetCenterPatient, 0.0, -143.5, z);
        ds.SetString(DicomTags.ExposureModulationType, "DEMO_ANGULAR");
        ds.SetDecimals(DicomTags.CTDIvol, 9.87 + (index % 7 * 0.1));
        ds.SetSequence(DicomTags.CTDIPhantomTypeCodeSequence, Code("113691", "DCM", "IEC Body Dosimetry Phantom"));

        ds.SetString(DicomTags.StudyInstanceUID, studyUid);
        ds.SetString(DicomTags.SeriesInstanceUID, seriesUid);
        ds.SetString(DicomTags.StudyID, "4242");
        ds.SetIntegers(DicomTags.SeriesNumber, 3);
        ds.SetIntegers(DicomTags.AcquisitionNumber, 1);
        ds.SetIntegers(DicomTags.InstanceNumber, index + 1);
        ds.SetDecimals(DicomTags.ImagePositionPatient, -189.62890625, -333.12890625, z);
        ds.SetDecimals(DicomTags.ImageOrientationPatient, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0);
        ds.SetString(DicomTags.FrameOfReferenceUID, SyntheticUids.For("ct/frame-of-reference"));
        ds.SetString(DicomTags.PositionReferenceIndicator, "SN");
        ds.SetDecimals(DicomTags.SliceLocation, z);
        ds.SetIntegers(DicomTags.ImagesInAcquisition, count);
        ds.SetString(DicomTags.ImageComments, "Synthetic slice for TeleRad benchmarks");

        ds.SetIntegers(DicomTags.SamplesPerPixel, 1);
        ds.SetString(DicomTags.PhotometricInterpretation, "MONOCHROME2");
        ds.SetIntegers(DicomTags.Rows, Size);
        ds.SetIntegers(DicomTags.Columns, Size);
        ds.SetDecimals(DicomTags.PixelSpacing, 0.7421875, 0.7421875);
        ds.SetIntegers(DicomTags.BitsAllocated, 16);
        ds.SetIntegers(DicomTags.BitsStored, 12);
        ds.SetIntegers(DicomTags.HighBit, 11);
        ds.SetIntegers(DicomTags.PixelRepresentation, 0L);
        ds.SetIntegers(DicomTags.SmallestImagePixelValue, DicomVR.US, 0);
        ds.SetIntegers(DicomTags.LargestImagePixelValue, DicomVR.US, 4095);
        ds.SetDecimals(DicomTags.WindowCenter, 40, 400);
        ds.SetDecimals(DicomTags.WindowWidth, 400, 1500);
        ds.SetDecimals(DicomTags.RescaleIntercept, -1024);
        ds.SetDecimals(DicomTags.RescaleSlope, 1);
        ds.SetString(DicomTags.RescaleType, "HU");
        ds.SetStrings(DicomTags.WindowCenterWidthExplanation, DicomVR.LO, ["WINDOW1", "WINDOW2"]);
        ds.SetString(DicomTags.LossyImageCompression, "00");
        ds.SetString(DicomTags.BurnedInAnnotation, "NO");

        ds.SetString(DicomTags.RequestingPhysician, "Requester^Demo");
        ds.SetString(DicomTags.RequestedProcedureDescription, "CT CAP W");
        ds.SetString(DicomTags.PerformedProcedureStepStartDate, "20240315");
        ds.SetString(DicomTags.PerformedProcedureStepStartTime, "100203");
        ds.SetString(DicomTags.PerformedProcedureStepID, "PPS-4242");
        ds.SetString(DicomTags.PerformedProcedureStepDescription, "CT CAP W");
        ds.SetSequence(DicomTags.RequestAttributesSequence, RequestAttributes());
        ds.SetString(DicomTags.IrradiationEventUID, SyntheticUids.For("ct/irradiation"));

        AddPrivateBlocks(ds, index);
        ds.SetBytes(DicomTags.PixelData, DicomVR.OW, pixels.ToArray());
        return ds;
    }

    /// <summary>A CT-like phantom: air around a water cylinder with a slice-dependent texture, 12-bit values.</summary>
    public static void FillPixels(Span<byte> pixels, int slice)
    {
        const int centre = Size / 2;
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var dx = x - centre;
                var dy = y - centre;
                ushort v = (dx * dx) + (dy * dy) < 230 * 230
                    ? (ushort)(1024 + 40 + (((x >> 3) ^ (y >> 3) ^ slice) & 0x3F))
                    : (ushort)24;
                BinaryPrimitives.WriteUInt16LittleEndian(pixels[(((y * Size) + x) * 2)..], v);
            }
        }
    }

    private static DicomDataset Code(string value, string scheme, string meaning)
    {
        var item = new DicomDataset();
        item.SetString(DicomTags.CodeValue, value);
        item.SetString(DicomTags.CodingSchemeDesignator, scheme);
        item.SetString(DicomTags.CodeMeaning, meaning);
        return item;
    }

    private static DicomDataset Reference(string sopClass, string sopInstance)
    {
        var item = new DicomDataset();
        item.SetString(DicomTags.ReferencedSOPClassUID, sopClass);
        item.SetString(DicomTags.ReferencedSOPInstanceUID, sopInstance);
        return item;
    }

    private static DicomDataset RequestAttributes()
    {
        var item = new DicomDataset();
        item.SetString(DicomTags.AccessionNumber, "DEMO0001");
        item.SetString(DicomTags.RequestedProcedureID, "RP-4242");
        item.SetString(DicomTags.ScheduledProcedureStepDescription, "CT CAP W");
        item.SetString(DicomTags.ScheduledProcedureStepID, "SPS-4242");
        return item;
    }

    /// <summary>Two private blocks (PS3.5 section 7.8), as scanners write: a small one and a larger mixed-VR one.</summary>
    private static void AddPrivateBlocks(DicomDataset ds, int index)
    {
        ds.SetString(new DicomTag(0x0009, 0x0010), DicomVR.LO, "TELERAD BENCH 1");
        ds.SetString(new DicomTag(0x0009, 0x1001), DicomVR.LO, "DEMO_RECON");
        ds.SetString(new DicomTag(0x0009, 0x1002), DicomVR.SH, "CT64");
        ds.SetDecimals(new DicomTag(0x0009, 0x1003), DicomVR.DS, 1.25);
        ds.SetIntegers(new DicomTag(0x0009, 0x1004), DicomVR.SL, index);
        ds.SetBytes(new DicomTag(0x0009, 0x1010), DicomVR.OB, Pattern(256, index));

        ds.SetString(new DicomTag(0x0043, 0x0010), DicomVR.LO, "TELERAD BENCH 2");
        for (var e = 0; e < 24; e++)
        {
            var tag = new DicomTag(0x0043, (ushort)(0x1001 + e));
            switch (e % 6)
            {
                case 0:
                    ds.SetIntegers(tag, DicomVR.SS, e, -e);
                    break;
                case 1:
                    ds.SetDecimals(tag, DicomVR.DS, e * 0.5, index * 0.25);
                    break;
                case 2:
                    ds.SetIntegers(tag, DicomVR.IS, e * 100);
                    break;
                case 3:
                    ds.SetString(tag, DicomVR.LO, "DEMO PRIVATE VALUE " + e.ToString(CultureInfo.InvariantCulture));
                    break;
                case 4:
                    ds.SetDecimals(tag, DicomVR.FD, e, e / 3.0, index);
                    break;
                default:
                    ds.SetBytes(tag, DicomVR.OB, Pattern(64 + (e * 8), e));
                    break;
            }
        }
    }

    private static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)((i * 31) + seed);
        return bytes;
    }
}
