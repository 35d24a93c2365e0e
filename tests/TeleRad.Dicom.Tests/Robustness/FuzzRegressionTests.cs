using TeleRad.Dicom.IO;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Regressions for the bugs fuzzing found (docs/fuzzing.md): each crashing input under Regressions/ must now be read,
/// decoded, converted to JSON and written again, or be refused with a <see cref="DicomFormatException"/> naming a byte
/// offset; and each bug has a test on a hand-made input that shows it directly.
/// </summary>
[TestFixture]
public sealed class FuzzRegressionTests
{
    /// <summary>The harness's threshold: low, so that file reads leave values on disk (tests/TeleRad.Fuzz).</summary>
    private static readonly DicomReadOptions FuzzOptions = new() { LargeValueThreshold = 256, MaxInflatedLength = 16 << 20 };

    private static IEnumerable<string> Files() => RegressionFiles.Names();

    [Test]
    public void Regressions_Folder_HoldsTheFuzzFindings()
    {
        Files().Should().HaveCountGreaterThanOrEqualTo(5);
    }

    [TestCaseSource(nameof(Files))]
    public async Task Open_FuzzFinding_ReadsAndProcessesOrFailsWithOffset(string name)
    {
        var path = RegressionFiles.Path(name);

        foreach (var read in new Func<Task<DicomFile>>[]
        {
            () => DicomFile.OpenAsync(path, FuzzOptions),
            () => DicomFile.ReadAsync(new MemoryStream(File.ReadAllBytes(path)), FuzzOptions),
        })
        {
            DicomFile file;
            try
            {
                file = await read();
            }
            catch (DicomFormatException ex)
            {
                ex.Offset.Should().BeGreaterThanOrEqualTo(0);
                ex.Message.Should().Contain("byte offset");
                continue;
            }
            AcceptedFileProcessor.Process(file).Should().BeNull();
        }
    }

    [Test]
    public async Task Read_TransferSyntaxUidWithVRUS_ThrowsInvalidMetaInformationNamingTagAndOffset()
    {
        // Before: the UID was decoded with the string getter, which threw InvalidValue without a byte offset.
        var bytes = WriteFile(SyntheticSeeds.Build());
        var field = StructureScanner.ScanFile(bytes).Fields.Single(f => BitConverter.ToUInt32(bytes, f.TagOffset) == 0x0010_0002);
        bytes[field.VROffset] = (byte)'U';
        bytes[field.VROffset + 1] = (byte)'S';

        var act = () => DicomFile.ReadAsync(new MemoryStream(bytes));

        var ex = (await act.Should().ThrowAsync<DicomFormatException>()).Which;
        ex.Fault.Should().Be(DicomFormatFault.InvalidMetaInformation);
        ex.Tag.Should().Be(DicomTags.TransferSyntaxUID);
        ex.Offset.Should().Be(field.ValueOffset);
        ex.Message.Should().Contain($"byte offset {field.ValueOffset}").And.Contain("(0002,0010)");
    }

    [Test]
    public async Task Read_TransferSyntaxUidAsSequence_ThrowsInvalidMetaInformationWithOffset()
    {
        // Found by the mutation suite (TELERAD_ROBUSTNESS_SEED=6, TagSwap on meta_missing_tsyntax.dcm): a sequence
        // carries no stream offset, so the first fix reported this one without a byte offset.
        var bytes = WriteFile(SyntheticSeeds.Build());
        var field = StructureScanner.ScanFile(bytes).Fields.Single(f => BitConverter.ToUInt32(bytes, f.TagOffset) == 0x0010_0002);
        byte[] emptySequence = [0x02, 0x00, 0x10, 0x00, (byte)'S', (byte)'Q', 0, 0, 0, 0, 0, 0];
        bytes = [.. bytes.AsSpan(0, field.TagOffset), .. emptySequence, .. bytes.AsSpan(field.ValueOffset + (int)field.Length)];

        var act = () => DicomFile.ReadAsync(new MemoryStream(bytes));

        var ex = (await act.Should().ThrowAsync<DicomFormatException>()).Which;
        ex.Fault.Should().Be(DicomFormatFault.InvalidMetaInformation);
        ex.Tag.Should().Be(DicomTags.TransferSyntaxUID);
        ex.Offset.Should().BePositive();
        ex.Message.Should().Contain("byte offset").And.Contain("VR SQ");
    }

    [Test]
    public async Task Open_TextValuesLongerThanLargeValueThreshold_AreReadIntoMemory()
    {
        // Before: with text left on disk, reading the Transfer Syntax UID, any string getter (through the Specific
        // Character Set), JSON and writing (the SOP UIDs) threw InvalidOperationException.
        var dataset = SyntheticSeeds.Build();
        var path = Path.Combine(Path.GetTempPath(), $"telerad-regression-{Guid.NewGuid():N}.dcm");
        await File.WriteAllBytesAsync(path, WriteFile(dataset));
        try
        {
            var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 8 });

            file.TransferSyntax.Should().Be(DicomTransferSyntax.ExplicitVRLittleEndian);
            file.Dataset.GetString(DicomTags.PatientName).Should().Be(SyntheticSeeds.Sentinel + "^PHI");
            ((DicomElement)file.Dataset[DicomTags.SOPInstanceUID]!).Buffer.IsInMemory.Should().BeTrue();
            // Bulk data is still left on disk.
            ((DicomElement)file.Dataset[DicomTag.PixelData]!).Buffer.IsInMemory.Should().BeFalse();
            AcceptedFileProcessor.Process(file).Should().BeNull();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task GetString_SpecificCharacterSetWithBulkVRLeftOnDisk_ThrowsInvalidValueNamingTagAndOffset()
    {
        // Before: the string getters reached for the character set's value (left on disk) before checking its VR, and
        // threw InvalidOperationException. Found by the TagSwap mutator on charset_files/chrGreek.dcm.
        var dataset = SyntheticSeeds.Build();
        dataset.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100".PadRight(1024));
        var bytes = WriteFile(dataset);
        // Re-encode the 16-bit CS header as a 32-bit OB one (PS3.5 table 7.1-1): the toolkit would not write this.
        var field = StructureScanner.ScanFile(bytes).Fields.Single(f => BitConverter.ToUInt32(bytes, f.TagOffset) == 0x0005_0008);
        byte[] header = [0x08, 0x00, 0x05, 0x00, (byte)'O', (byte)'B', 0, 0, .. BitConverter.GetBytes(field.Length)];
        bytes = [.. bytes.AsSpan(0, field.TagOffset), .. header, .. bytes.AsSpan(field.ValueOffset)];
        var path = Path.Combine(Path.GetTempPath(), $"telerad-regression-{Guid.NewGuid():N}.dcm");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 512 });
            var charset = (DicomElement)file.Dataset[DicomTag.SpecificCharacterSet]!;
            charset.Buffer.IsInMemory.Should().BeFalse();

            var act = () => file.Dataset.GetString(DicomTags.PatientName);

            var ex = act.Should().Throw<DicomFormatException>().Which;
            ex.Fault.Should().Be(DicomFormatFault.InvalidValue);
            ex.Tag.Should().Be(DicomTag.SpecificCharacterSet);
            ex.Offset.Should().Be(charset.StreamOffset).And.BePositive();
            ex.Message.Should().NotContain(SyntheticSeeds.Sentinel);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] WriteFile(DicomDataset dataset)
    {
        using var stream = new MemoryStream();
        new DicomFile(dataset).WriteAsync(stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
