using System.Buffers.Binary;
using System.Text;
using TeleRad.Dicom.IO;
using TeleRad.Dicom.Tests.Support;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests;

/// <summary>Part 10 writing (PS3.10 section 7.1): meta group, transcoding rules, UTF-8 conversion, durable save.</summary>
[TestFixture]
public sealed class DicomFileWriteTests
{
    private static async Task<byte[]> WriteAsync(DicomFile file, DicomWriteOptions? options = null)
    {
        using var ms = new MemoryStream();
        await file.WriteAsync(ms, options);
        return ms.ToArray();
    }

    /// <summary>Splits a written file by hand: the meta elements (tag → raw value) and where the data set starts.</summary>
    private static (Dictionary<uint, byte[]> Meta, uint GroupLength, int DatasetStart) ParseMeta(byte[] bytes)
    {
        bytes[..128].Should().OnlyContain(b => b == 0);
        Encoding.ASCII.GetString(bytes, 128, 4).Should().Be("DICM");
        var meta = new Dictionary<uint, byte[]>();
        var pos = 132;
        while (BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(pos)) == 0x0002)
        {
            var tag = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(pos)) is var raw ? (raw << 16) | (raw >> 16) : 0;
            var vr = Encoding.ASCII.GetString(bytes, pos + 4, 2);
            int length, header;
            if (vr is "OB" or "UN" or "UT" or "SQ")
            {
                length = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(pos + 8));
                header = 12;
            }
            else
            {
                length = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(pos + 6));
                header = 8;
            }
            meta[tag] = bytes[(pos + header)..(pos + header + length)];
            pos += header + length;
        }
        var groupLength = BinaryPrimitives.ReadUInt32LittleEndian(meta[0x00020000]);
        return (meta, groupLength, pos);
    }

    private static DicomDataset Minimal()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.SetString(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.3.4.5.6.7");
        ds.SetString(DicomTags.PatientName, DicomVR.PN, "Doe^John");
        return ds;
    }

    [Test]
    public async Task WriteAsync_MetaGroup_CompleteAndCorrect()
    {
        var bytes = await WriteAsync(new DicomFile(Minimal()), new DicomWriteOptions { TransferSyntax = DicomTransferSyntax.ImplicitVRLittleEndian });

        var (meta, groupLength, datasetStart) = ParseMeta(bytes);

        groupLength.Should().Be((uint)(datasetStart - 132 - 12), "(0002,0000) counts every meta element after it");
        meta[0x00020001].Should().Equal(0x00, 0x01);
        Encoding.ASCII.GetString(meta[0x00020002]).Should().Be("1.2.840.10008.5.1.4.1.1.7\0");
        Encoding.ASCII.GetString(meta[0x00020003]).Should().Be("1.2.3.4.5.6.7\0");
        Encoding.ASCII.GetString(meta[0x00020010]).Should().Be("1.2.840.10008.1.2\0");
        Encoding.ASCII.GetString(meta[0x00020012]).TrimEnd('\0').Should().Be(DicomImplementation.ClassUid);
        Encoding.ASCII.GetString(meta[0x00020013]).TrimEnd(' ').Should().Be(DicomImplementation.VersionName);
        meta.Keys.Should().BeInAscendingOrder();
        // The data set follows in implicit VR: (0008,0016), 4-byte length, no VR.
        bytes[datasetStart..(datasetStart + 8)].Should().Equal(0x08, 0x00, 0x16, 0x00, 26, 0, 0, 0);
    }

    [Test]
    public void DicomImplementation_IdentityIsValid()
    {
        DicomUidGenerator.IsValid(DicomImplementation.ClassUid).Should().BeTrue();
        DicomImplementation.ClassUid.Should().StartWith("2.25.");
        DicomImplementation.VersionName.Length.Should().BeLessThanOrEqualTo(16);
    }

    [Test]
    public async Task WriteAsync_ExistingMeta_KeptButSyntaxAndIdentityReplaced()
    {
        var meta = new DicomDataset();
        meta.SetValues<uint>(new DicomTag(0x0002, 0x0000), DicomVR.UL, [1]);
        meta.SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, "1.2.840.10008.1.2");
        meta.SetString(DicomTags.SourceApplicationEntityTitle, DicomVR.AE, "MODALITY1");
        meta.SetString(new DicomTag(0x0002, 0x0013), DicomVR.SH, "OTHER_1");
        var file = new DicomFile(Minimal(), meta);
        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ImplicitVRLittleEndian);

        var bytes = await WriteAsync(file, new DicomWriteOptions { TransferSyntax = DicomTransferSyntax.ExplicitVRLittleEndian });
        var read = await DicomFile.ReadAsync(new MemoryStream(bytes));

        read.FileMetaInformation.GetString(DicomTags.SourceApplicationEntityTitle).Should().Be("MODALITY1");
        read.FileMetaInformation.GetString(DicomTags.TransferSyntaxUID).Should().Be("1.2.840.10008.1.2.1");
        read.FileMetaInformation.GetString(DicomTags.ImplementationVersionName).Should().Be(DicomImplementation.VersionName);
        read.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ExplicitVRLittleEndian);
    }

    [Test]
    public async Task WriteAsync_NoSyntaxOption_KeepsFileSyntax()
    {
        var meta = new DicomDataset().SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, "1.2.840.10008.1.2.2");

        var read = await DicomFile.ReadAsync(new MemoryStream(await WriteAsync(new DicomFile(Minimal(), meta))));

        read.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ExplicitVRBigEndian);
        read.Dataset.GetString(DicomTags.PatientName).Should().Be("Doe^John");
    }

    [Test]
    public async Task WriteAsync_SopUidsOnlyInOldMeta_CopiedFromMeta()
    {
        var meta = new DicomDataset()
            .SetString(DicomTags.MediaStorageSOPClassUID, DicomVR.UI, "1.2.3")
            .SetString(DicomTags.MediaStorageSOPInstanceUID, DicomVR.UI, "4.5.6");
        var ds = new DicomDataset().SetString(DicomTags.PatientName, DicomVR.PN, "X");

        var read = await DicomFile.ReadAsync(new MemoryStream(await WriteAsync(new DicomFile(ds, meta))));

        read.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID).Should().Be("1.2.3");
        read.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID).Should().Be("4.5.6");
    }

    [Test]
    public async Task WriteAsync_SopUidsFromDataset_OverrideOldMeta()
    {
        var meta = new DicomDataset().SetString(DicomTags.MediaStorageSOPInstanceUID, DicomVR.UI, "9.9.9");

        var read = await DicomFile.ReadAsync(new MemoryStream(await WriteAsync(new DicomFile(Minimal(), meta))));

        read.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID).Should().Be("1.2.3.4.5.6.7");
    }

    private static DicomFile Encapsulated(params byte[][] fragments)
    {
        var ds = Minimal();
        ds.Add(new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, DicomBuffer.Empty, fragments.Select(f => DicomBuffer.FromBytes(f))));
        var meta = new DicomDataset().SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, DicomTransferSyntax.JpegBaseline.Uid);
        return new DicomFile(ds, meta);
    }

    [TestCase("1.2.840.10008.1.2")]
    [TestCase("1.2.840.10008.1.2.1")]
    [TestCase("1.2.840.10008.1.2.2")]
    [TestCase("1.2.840.10008.1.2.1.99")]
    [TestCase("1.2.840.10008.1.2.4.90")]
    public async Task WriteAsync_EncapsulatedToOtherSyntax_UnsupportedEncodingBeforeWriting(string uid)
    {
        using var ms = new MemoryStream();

        var ex = await FluentActions.Awaiting(() => Encapsulated([1, 2]).WriteAsync(ms, new DicomWriteOptions { TransferSyntax = DicomTransferSyntax.Parse(uid) }))
            .Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.UnsupportedEncoding);
        ms.Length.Should().Be(0);
    }

    [Test]
    public async Task WriteAsync_NativePixelDataToEncapsulated_UnsupportedEncoding()
    {
        var ds = Minimal().SetValues<ushort>(DicomTag.PixelData, DicomVR.OW, [1, 2]);

        var ex = await FluentActions.Awaiting(() => WriteAsync(new DicomFile(ds), new DicomWriteOptions { TransferSyntax = DicomTransferSyntax.JpegBaseline }))
            .Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.UnsupportedEncoding);
        ex.Which.Tag.Should().Be(DicomTag.PixelData);
    }

    [Test]
    public async Task WriteAsync_NoPixelDataToEncapsulated_Allowed()
    {
        var bytes = await WriteAsync(new DicomFile(Minimal()), new DicomWriteOptions { TransferSyntax = DicomTransferSyntax.JpegBaseline });

        (await DicomFile.ReadAsync(new MemoryStream(bytes))).TransferSyntax.Should().BeSameAs(DicomTransferSyntax.JpegBaseline);
    }

    [Test]
    public async Task WriteAsync_EncapsulatedSameSyntax_DatasetBytesIdentical()
    {
        var table = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(4), 16);
        var dataset = DicomStreamBuilder.ExplicitLittle
            .Text(0x0008, 0x0016, "UI", Part10Bytes.Uid(Part10Bytes.SecondaryCaptureStorage))
            .Text(0x0008, 0x0018, "UI", Part10Bytes.Uid(Part10Bytes.InstanceUid))
            .Header(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).Fragment(table)
            .Fragment([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 0xFF, 0xD9]).Fragment([0xFF, 0xD8, 3, 4, 5, 6, 0xFF, 0xD9])
            .SequenceDelimiter().ToArray();
        var original = Part10Bytes.File(Part10Bytes.JpegBaseline, dataset);

        var read = await DicomFile.ReadAsync(new MemoryStream(original));
        var bytes = await WriteAsync(read);

        var (_, _, start) = ParseMeta(bytes);
        bytes[start..].Should().Equal(dataset);
    }

    [Test]
    public async Task WriteAsync_EncapsulatedFromFileOnDisk_FragmentsStreamedIdentically()
    {
        using var dir = new TempDirectory();
        var fragment = Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray();
        var dataset = DicomStreamBuilder.ExplicitLittle.Header(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).Fragment([]).Fragment(fragment).SequenceDelimiter().ToArray();
        var path = await dir.WriteAsync("in.dcm", Part10Bytes.File(Part10Bytes.JpegBaseline, dataset));

        var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 100 });
        var bytes = await WriteAsync(file);

        var (_, _, start) = ParseMeta(bytes);
        bytes[start..].Should().Equal(dataset);
    }

    [Test]
    public async Task WriteAsync_ConvertToUtf8_ReencodesAndDeclaresIsoIr192()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.Add(new DicomElement(DicomTags.PatientName, DicomVR.PN, DicomBuffer.FromBytes(Encoding.Latin1.GetBytes("Müller^Jürgen"))));
        ds.SetString(DicomTags.Modality, DicomVR.CS, "CT");
        var inherited = new DicomDataset();
        inherited.Add(new DicomElement(DicomTags.CodeMeaning, DicomVR.LO, DicomBuffer.FromBytes(Encoding.Latin1.GetBytes("Größe "))));
        var cyrillic = new DicomDataset();
        cyrillic.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 144");
        // ISO 8859-5: Л = 0xBB, ю = 0xEE, к = 0xDA.
        cyrillic.Add(new DicomElement(DicomTags.CodeMeaning, DicomVR.LO, DicomBuffer.FromBytes(new byte[] { 0xBB, 0xEE, 0xDA, 0x20 })));
        ds.SetSequence(DicomTags.ConceptNameCodeSequence, inherited, cyrillic);

        var bytes = await WriteAsync(new DicomFile(ds), new DicomWriteOptions { ConvertToUtf8 = true });
        var read = (await DicomFile.ReadAsync(new MemoryStream(bytes))).Dataset;

        read.GetString(DicomTag.SpecificCharacterSet).Should().Be("ISO_IR 192");
        read.GetBytes(DicomTags.PatientName).ToArray().Should().Equal([.. Encoding.UTF8.GetBytes("Müller^Jürgen"), (byte)' ']);
        read.GetString(DicomTags.Modality).Should().Be("CT");
        var items = read.GetSequence(DicomTags.ConceptNameCodeSequence);
        items.Should().OnlyContain(i => !i.Contains(DicomTag.SpecificCharacterSet));
        items[0].GetBytes(DicomTags.CodeMeaning).ToArray().Should().Equal([.. Encoding.UTF8.GetBytes("Größe"), (byte)' ']);
        items[1].GetString(DicomTags.CodeMeaning).Should().Be("Люк");
        items[1].GetBytes(DicomTags.CodeMeaning).ToArray().Should().Equal([.. Encoding.UTF8.GetBytes("Люк")]);
        // The file object itself is not changed.
        ds.GetString(DicomTag.SpecificCharacterSet).Should().Be("ISO_IR 100");
        cyrillic.Contains(DicomTag.SpecificCharacterSet).Should().BeTrue();
    }

    [Test]
    public async Task SaveAsync_Durable_CompleteFileAndNoTemporaryFiles()
    {
        using var dir = new TempDirectory();
        var path = dir.File("out.dcm");
        await File.WriteAllTextAsync(path, "previous content");

        await new DicomFile(RichDataset.Create()).SaveAsync(path, new DicomWriteOptions { Durable = true });

        Directory.GetFiles(dir.Path).Should().Equal(path);
        var read = await DicomFile.OpenAsync(path);
        read.IsComplete.Should().BeTrue();
        RichDataset.ShouldMatch(read.Dataset, RichDataset.Create(), implicitVR: false);
        (await File.ReadAllBytesAsync(path)).Should().Equal(await WriteAsync(new DicomFile(RichDataset.Create())));
    }

    [Test]
    public async Task SaveAsync_DurableWriteFails_TargetUntouchedAndNoTemporaryFiles()
    {
        using var dir = new TempDirectory();
        var path = dir.File("out.dcm");
        await File.WriteAllTextAsync(path, "previous content");

        await FluentActions.Awaiting(() => Encapsulated([1, 2]).SaveAsync(path, new DicomWriteOptions { Durable = true, TransferSyntax = DicomTransferSyntax.ExplicitVRLittleEndian }))
            .Should().ThrowAsync<DicomFormatException>();

        Directory.GetFiles(dir.Path).Should().Equal(path);
        (await File.ReadAllTextAsync(path)).Should().Be("previous content");
    }

    [Test]
    public async Task SaveAsync_NotDurable_WritesFile()
    {
        using var dir = new TempDirectory();
        var path = dir.File("plain.dcm");

        await new DicomFile(Minimal()).SaveAsync(path);

        (await DicomFile.OpenAsync(path)).Dataset.GetString(DicomTags.PatientName).Should().Be("Doe^John");
    }

    [Test]
    public async Task WriteAsync_Deflated_SmallerAndReadable()
    {
        var ds = Minimal().SetString(DicomTags.AdditionalPatientHistory, DicomVR.LT, new string('a', 10_000));

        var plain = await WriteAsync(new DicomFile(ds));
        var deflated = await WriteAsync(new DicomFile(ds), new DicomWriteOptions { TransferSyntax = DicomTransferSyntax.DeflatedExplicitVRLittleEndian });

        deflated.Length.Should().BeLessThan(plain.Length / 5);
        var read = await DicomFile.ReadAsync(new MemoryStream(deflated));
        read.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.DeflatedExplicitVRLittleEndian);
        read.Dataset.GetString(DicomTags.AdditionalPatientHistory).Should().HaveLength(10_000);
    }
}
