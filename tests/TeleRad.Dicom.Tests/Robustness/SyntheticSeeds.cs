using TeleRad.Dicom.IO;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Seeds built with the toolkit's writer, covering what the pydicom corpus has little of: nested sequences of defined
/// and undefined length, private and UN elements, every native transfer syntax plus deflate, encapsulated pixel data,
/// a value large enough to be left on disk, and a raw data set. Text values carry <see cref="Sentinel"/>, which must
/// never appear in an exception message or warning (messages never hold values, which may be patient data).
/// </summary>
internal static class SyntheticSeeds
{
    /// <summary>Planted in the values of every synthetic seed.</summary>
    public const string Sentinel = "SENTINEL";

    private static readonly DicomTag PrivateCreator = new(0x0009, 0x0010);
    private static readonly DicomTag PrivateText = new(0x0009, 0x1001);
    private static readonly DicomTag PrivateBytes = new(0x0009, 0x1002);

    /// <summary>Name and bytes of each synthetic seed.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> All()
    {
        foreach (var lengths in new[] { DicomSequenceLengthMode.Undefined, DicomSequenceLengthMode.Defined })
        {
            var suffix = lengths == DicomSequenceLengthMode.Undefined ? "undefined" : "defined";
            yield return ($"synthetic-explicit-le-{suffix}", Write(Build(), DicomTransferSyntax.ExplicitVRLittleEndian, lengths));
            yield return ($"synthetic-implicit-le-{suffix}", Write(Build(), DicomTransferSyntax.ImplicitVRLittleEndian, lengths));
            yield return ($"synthetic-explicit-be-{suffix}", Write(Build(), DicomTransferSyntax.ExplicitVRBigEndian, lengths));
            yield return ($"synthetic-deflated-{suffix}", Write(Build(), DicomTransferSyntax.DeflatedExplicitVRLittleEndian, lengths));
        }
        yield return ("synthetic-encapsulated", Write(BuildEncapsulated(), DicomTransferSyntax.JpegBaseline, DicomSequenceLengthMode.Undefined));
        var large = Build();
        large.SetBytes(new DicomTag(0x0009, 0x1003), DicomVR.OB, new byte[70 * 1024]);
        yield return ("synthetic-large-value", Write(large, DicomTransferSyntax.ExplicitVRLittleEndian, DicomSequenceLengthMode.Undefined));
        yield return ("synthetic-raw-dataset", WriteRaw(Build(), DicomTransferSyntax.ImplicitVRLittleEndian));
        var withoutPreamble = Write(Build(), DicomTransferSyntax.ExplicitVRLittleEndian, DicomSequenceLengthMode.Defined);
        yield return ("synthetic-no-preamble", withoutPreamble[128..]);
    }

    /// <summary>A data set with strings (sentinel values), numbers, tags, private elements and two levels of sequences.</summary>
    public static DicomDataset Build()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.SetString(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.SetString(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.543.1");
        ds.SetString(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.543.2");
        ds.SetString(DicomTags.Modality, DicomVR.CS, "OT");
        ds.SetString(DicomTags.StudyDescription, DicomVR.LO, Sentinel + " STUDY TEXT");
        ds.SetString(DicomTags.PatientName, DicomVR.PN, Sentinel + "^PHI");
        ds.SetString(DicomTags.PatientID, DicomVR.LO, Sentinel + "-ID-42");
        ds.SetDecimals(DicomTags.PixelSpacing, DicomVR.DS, 0.5, 0.25);
        ds.SetDecimals(DicomTags.ImagePositionPatient, DicomVR.DS, -12.5, 4, 100);
        ds.SetValues<double>(DicomTags.RealWorldValueSlope, DicomVR.FD, [1.5]);
        ds.SetAttributeTags(DicomTags.FrameIncrementPointer, DicomTags.NumberOfFrames);
        ds.SetString(PrivateCreator, DicomVR.LO, "TELERAD ROBUSTNESS");
        ds.SetString(PrivateText, DicomVR.UT, Sentinel + " private text");
        ds.SetBytes(PrivateBytes, DicomVR.UN, "SENTINEL-BYTES"u8.ToArray());
        ds.SetSequence(DicomTags.ReferencedImageSequence, Reference("1"), Reference("2"));
        ds.SetSequence(DicomTags.ContentSequence, Content(Content(), Content()), new DicomDataset());
        ds.SetIntegers(DicomTags.SamplesPerPixel, DicomVR.US, 1);
        ds.SetString(DicomTags.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2");
        ds.SetIntegers(DicomTags.Rows, DicomVR.US, 4);
        ds.SetIntegers(DicomTags.Columns, DicomVR.US, 4);
        ds.SetIntegers(DicomTags.BitsAllocated, DicomVR.US, 8);
        ds.SetIntegers(DicomTags.BitsStored, DicomVR.US, 8);
        ds.SetIntegers(DicomTags.HighBit, DicomVR.US, 7);
        ds.SetIntegers(DicomTags.PixelRepresentation, DicomVR.US, 0);
        ds.SetBytes(DicomTag.PixelData, DicomVR.OB, Enumerable.Range(0, 16).Select(i => (byte)(i * 16)).ToArray());
        return ds;
    }

    private static DicomDataset BuildEncapsulated()
    {
        var ds = Build();
        ds.Remove(DicomTag.PixelData);
        var offsets = new byte[8];
        offsets[4] = 12;
        var fragments = new[] { new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, new byte[] { 1, 2, 3, 4, 5, 6 }, new byte[] { 0xFF, 0xD9 } };
        ds.Add(new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, DicomBuffer.FromBytes(offsets), fragments.Select(f => DicomBuffer.FromBytes(f))));
        return ds;
    }

    private static DicomDataset Reference(string n)
    {
        var item = new DicomDataset();
        item.SetString(DicomTags.ReferencedSOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        item.SetString(DicomTags.ReferencedSOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.543.3." + n);
        return item;
    }

    private static DicomDataset Content(params DicomDataset[] children)
    {
        var item = new DicomDataset();
        item.SetString(DicomTags.ValueType, DicomVR.CS, children.Length > 0 ? "CONTAINER" : "TEXT");
        var code = new DicomDataset();
        code.SetString(DicomTags.CodeValue, DicomVR.SH, "121071");
        code.SetString(DicomTags.CodeMeaning, DicomVR.LO, Sentinel + " finding");
        item.SetSequence(DicomTags.ConceptNameCodeSequence, code);
        if (children.Length > 0)
            item.SetSequence(DicomTags.ContentSequence, children);
        else
            item.SetString(DicomTags.TextValue, DicomVR.UT, Sentinel + " report text");
        return item;
    }

    private static byte[] Write(DicomDataset dataset, DicomTransferSyntax syntax, DicomSequenceLengthMode lengths)
    {
        using var stream = new MemoryStream();
        var meta = new DicomDataset();
        meta.SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, syntax.Uid);
        new DicomFile(dataset, meta).WriteAsync(stream, new DicomWriteOptions { SequenceLengths = lengths }).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static byte[] WriteRaw(DicomDataset dataset, DicomTransferSyntax syntax)
    {
        using var stream = new MemoryStream();
        DicomFile.WriteDatasetAsync(stream, dataset, syntax).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
