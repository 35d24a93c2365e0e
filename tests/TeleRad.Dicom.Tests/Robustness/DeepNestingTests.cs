using TeleRad.Dicom.IO;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Sequences nested 1,000 and 20,000 levels deep (<see cref="NestedSequenceBuilder"/>): the depth limit answers with
/// NestingTooDeep, and above the limit the reader, being iterative, reads every level even on a 256 KiB stack.
/// </summary>
[TestFixture]
public sealed class DeepNestingTests
{
    private static readonly DicomTag Sequence = new(0x0008, 0x1140);

    /// <summary>Bytes per level in <see cref="NestedSequenceBuilder"/>: a 12-byte SQ header and an 8-byte item header.</summary>
    private const int LevelHeaders = 20;

    [TestCase(false)]
    [TestCase(true)]
    public async Task Read_ThousandDeepSequencesWithDefaultLimit_ThrowsNestingTooDeep(bool undefinedLength)
    {
        var bytes = NestedSequenceBuilder.Build(1000, undefinedLength);

        var act = () => DicomFile.ReadAsync(new MemoryStream(bytes));

        var ex = (await act.Should().ThrowAsync<DicomFormatException>()).Which;
        ex.Fault.Should().Be(DicomFormatFault.NestingTooDeep);
        ex.Tag.Should().Be(Sequence);
        // 128 levels are accepted (the default MaxSequenceDepth); the 129th sequence header is refused.
        ex.Offset.Should().Be(128 * LevelHeaders);
        ex.Message.Should().Contain($"byte offset {128 * LevelHeaders}").And.Contain("(0008,1140)").And.NotContain(SyntheticSeeds.Sentinel);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Read_SequencesExactlyAtDefaultLimit_ReadsEveryLevel(bool undefinedLength)
    {
        // Regression: the item of the 128th level was refused, so MaxSequenceDepth = 128 accepted only 127 levels.
        var file = await DicomFile.ReadAsync(new MemoryStream(NestedSequenceBuilder.Build(DicomReadOptions.Default.MaxSequenceDepth, undefinedLength)));

        Descend(file.Dataset).Depth.Should().Be(128);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Read_SequencesOneLevelPastLimit_ThrowsNestingTooDeep(bool undefinedLength)
    {
        var bytes = NestedSequenceBuilder.Build(11, undefinedLength);

        var act = () => DicomFile.ReadAsync(new MemoryStream(bytes), new DicomReadOptions { MaxSequenceDepth = 10 });

        var ex = (await act.Should().ThrowAsync<DicomFormatException>()).Which;
        ex.Fault.Should().Be(DicomFormatFault.NestingTooDeep);
        ex.Offset.Should().Be(10 * LevelHeaders);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Read_ThousandDeepSequencesWithLimit2000_ReadsEveryLevel(bool undefinedLength)
    {
        var bytes = NestedSequenceBuilder.Build(1000, undefinedLength);
        var options = new DicomReadOptions { MaxSequenceDepth = 2000 };

        var file = SmallStack.Run(() => DicomFile.ReadAsync(new MemoryStream(bytes), options).GetAwaiter().GetResult());

        var (depth, leaf) = Descend(file.Dataset);
        depth.Should().Be(1000);
        leaf.GetString(DicomTags.PatientName).Should().Be(SyntheticSeeds.Sentinel + "^PHI");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Open_TwentyThousandDeepSequencesOnSmallStack_ReadsWithoutStackOverflow(bool undefinedLength)
    {
        // 20,000 levels of recursion would need megabytes of stack; the reader's explicit stack needs none of it.
        var path = Path.Combine(Path.GetTempPath(), $"telerad-deep-{Guid.NewGuid():N}.dcm");
        File.WriteAllBytes(path, NestedSequenceBuilder.Build(20_000, undefinedLength));
        try
        {
            var options = new DicomReadOptions { MaxSequenceDepth = int.MaxValue };

            var file = SmallStack.Run(() => DicomFile.OpenAsync(path, options).GetAwaiter().GetResult());

            Descend(file.Dataset).Depth.Should().Be(20_000);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Read_ThousandDeepSequencesCutShort_ThrowsTruncatedWithOffset()
    {
        var bytes = NestedSequenceBuilder.Build(1000, undefinedLength: true);
        var options = new DicomReadOptions { MaxSequenceDepth = 2000 };

        var act = () => DicomFile.ReadAsync(new MemoryStream(bytes[..^6]), options);

        var ex = (await act.Should().ThrowAsync<DicomFormatException>()).Which;
        ex.Fault.Should().Be(DicomFormatFault.Truncated);
        ex.Offset.Should().BeGreaterThan(0);
        ex.Message.Should().Contain("byte offset");
    }

    private static (int Depth, DicomDataset Leaf) Descend(DicomDataset dataset)
    {
        var depth = 0;
        while (dataset[Sequence] is DicomSequence { Items.Count: 1 } s)
        {
            dataset = s.Items[0];
            depth++;
        }
        return (depth, dataset);
    }
}
