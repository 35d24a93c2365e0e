using TeleRad.Dicom;
using TeleRad.Dicom.IO;
using TeleRad.Dicom.Values;

namespace TeleRad.Fuzz;

/// <summary>
/// Writes small seeds the pydicom corpus has few of (nested sequences of defined and undefined length in every native
/// syntax and deflated, encapsulated pixel data), so afl++ starts from those structures too.
/// </summary>
internal static class SeedWriter
{
    public static void WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        var syntaxes = new[]
        {
            DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian,
            DicomTransferSyntax.ExplicitVRBigEndian, DicomTransferSyntax.DeflatedExplicitVRLittleEndian,
        };
        foreach (var syntax in syntaxes)
        {
            foreach (var lengths in new[] { DicomSequenceLengthMode.Undefined, DicomSequenceLengthMode.Defined })
                Write(Path.Combine(directory, $"synthetic-{syntax.Uid}-{lengths}.dcm"), Build(withPixels: true), syntax, lengths);
        }
        var encapsulated = Build(withPixels: false);
        encapsulated.Add(new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, DicomBuffer.FromBytes(new byte[4]),
            [DicomBuffer.FromBytes(new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 }), DicomBuffer.FromBytes(new byte[] { 1, 2 })]));
        Write(Path.Combine(directory, "synthetic-encapsulated.dcm"), encapsulated, DicomTransferSyntax.JpegBaseline, DicomSequenceLengthMode.Undefined);
    }

    private static DicomDataset Build(bool withPixels)
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.SetString(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.SetString(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.543.1");
        ds.SetString(DicomTags.PatientName, DicomVR.PN, "Doe^Jane");
        ds.SetDecimals(DicomTags.PixelSpacing, DicomVR.DS, 0.5, 0.5);
        ds.SetValues<double>(DicomTags.RealWorldValueSlope, DicomVR.FD, [1.5]);
        ds.SetString(new DicomTag(0x0009, 0x0010), DicomVR.LO, "FUZZ");
        ds.SetBytes(new DicomTag(0x0009, 0x1001), DicomVR.UN, new byte[] { 1, 2, 3, 4 });
        var inner = new DicomDataset();
        inner.SetString(DicomTags.CodeValue, DicomVR.SH, "121071");
        var item = new DicomDataset();
        item.SetString(DicomTags.ValueType, DicomVR.CS, "CONTAINER");
        item.SetSequence(DicomTags.ConceptNameCodeSequence, inner);
        ds.SetSequence(DicomTags.ContentSequence, item, new DicomDataset());
        if (withPixels)
        {
            ds.SetIntegers(DicomTags.Rows, DicomVR.US, 2);
            ds.SetIntegers(DicomTags.Columns, DicomVR.US, 2);
            ds.SetIntegers(DicomTags.BitsAllocated, DicomVR.US, 16);
            ds.SetIntegers(DicomTags.PixelRepresentation, DicomVR.US, 1);
            ds.SetBytes(DicomTag.PixelData, DicomVR.OW, new byte[8]);
        }
        return ds;
    }

    private static void Write(string path, DicomDataset dataset, DicomTransferSyntax syntax, DicomSequenceLengthMode lengths)
    {
        var meta = new DicomDataset();
        meta.SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, syntax.Uid);
        using var stream = File.Create(path);
        new DicomFile(dataset, meta).WriteAsync(stream, new DicomWriteOptions { SequenceLengths = lengths }).GetAwaiter().GetResult();
    }
}
