using TeleRad.Dicom.IO;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Deflate bombs (PS3.5 section A.5 deflated data sets that inflate to far more than their size): the reader must stop
/// at <see cref="DicomReadOptions.MaxInflatedLength"/> or the in-memory limit with LimitExceeded, allocating about
/// what it was allowed to inflate, never what the data set or a length field claims.
/// </summary>
[TestFixture]
public sealed class DeflateBombTests
{
    private const long MiB = 1 << 20;

    private static readonly DicomTag Private = new(0x0009, 0x1010);

    [Test]
    public void Read_ManyElementsInflatingPastLimit_ThrowsLimitExceededAllocatingAboutTheLimit()
    {
        // 256 values of 64 KiB of zeros: 16 MiB inflated from a few KiB.
        var file = DeflatedFileBuilder.Build(body =>
        {
            for (ushort i = 0; i < 256; i++)
            {
                DeflatedFileBuilder.WriteLongHeader(body, 0x0009, (ushort)(0x1000 + i), "OB", 64 * 1024);
                DeflatedFileBuilder.WriteZeros(body, 64 * 1024);
            }
        });
        var options = new DicomReadOptions { MaxInflatedLength = 1 * MiB };

        var (error, allocated) = DeflatedFileBuilder.Measure(file, options);

        file.Length.Should().BeLessThan(64 * 1024);
        error.Should().NotBeNull();
        error!.Fault.Should().Be(DicomFormatFault.LimitExceeded);
        error.Message.Should().Contain($"byte offset {1 * MiB}");
        allocated.Should().BeLessThan(4 * MiB);
    }

    [Test]
    public void Read_SingleHugeValueOfZeros_ThrowsLimitExceededWithoutAllocatingIt()
    {
        // One OB value of 64 MiB of real zeros (about 64 KiB deflated).
        var file = DeflatedFileBuilder.Build(body =>
        {
            DeflatedFileBuilder.WriteLongHeader(body, 0x0009, 0x1010, "OB", (uint)(64 * MiB));
            DeflatedFileBuilder.WriteZeros(body, 64 * MiB);
        });
        var options = new DicomReadOptions { MaxInflatedLength = 1 * MiB };

        var (error, allocated) = DeflatedFileBuilder.Measure(file, options);

        error.Should().NotBeNull();
        error!.Fault.Should().Be(DicomFormatFault.LimitExceeded);
        error.Message.Should().Contain("byte offset");
        allocated.Should().BeLessThan(4 * MiB);
    }

    [Test]
    public void Read_LengthOverInMemoryLimit_ThrowsLimitExceededNamingTagAndOffset()
    {
        var file = DeflatedFileBuilder.Build(body =>
        {
            DeflatedFileBuilder.WriteLongHeader(body, 0x0009, 0x1010, "OB", 0xFFFFFFF0);
            DeflatedFileBuilder.WriteZeros(body, 1 * MiB);
        });

        var (error, allocated) = DeflatedFileBuilder.Measure(file, DicomReadOptions.Default);

        error.Should().NotBeNull();
        error!.Fault.Should().Be(DicomFormatFault.LimitExceeded);
        error.Tag.Should().Be(Private);
        // The value starts right after the 12-byte header at the start of the inflated data set.
        error.Offset.Should().Be(12);
        error.Message.Should().Contain("byte offset 12").And.Contain("(0009,1010)");
        allocated.Should().BeLessThan(4 * MiB);
    }

    [Test]
    public void Read_LyingLengthUnderInMemoryLimit_ThrowsTruncatedAllocatingOnlyWhatWasInflated()
    {
        // Claims 512 MiB, holds 4 MiB: the value is read in chunks, so the lie costs what the stream delivers.
        var file = DeflatedFileBuilder.Build(body =>
        {
            DeflatedFileBuilder.WriteLongHeader(body, 0x0009, 0x1010, "OB", (uint)(512 * MiB));
            DeflatedFileBuilder.WriteZeros(body, 4 * MiB);
        });

        var (error, allocated) = DeflatedFileBuilder.Measure(file, DicomReadOptions.Default);

        error.Should().NotBeNull();
        error!.Fault.Should().Be(DicomFormatFault.Truncated);
        error.Tag.Should().Be(Private);
        allocated.Should().BeLessThan(16 * MiB);
    }

    [Test]
    public void Read_MillionEmptyItemsPastInflateLimit_ThrowsLimitExceeded()
    {
        // Empty items cost 8 inflated bytes each but an object each once read: the inflate limit bounds them too.
        var file = DeflatedFileBuilder.Build(body =>
        {
            DeflatedFileBuilder.WriteLongHeader(body, 0x0008, 0x1140, "SQ", uint.MaxValue);
            for (var i = 0; i < 1_000_000; i++)
            {
                DeflatedFileBuilder.WriteItemHeader(body, 0xE000, 0);
            }
            DeflatedFileBuilder.WriteItemHeader(body, 0xE0DD, 0);
        });
        var options = new DicomReadOptions { MaxInflatedLength = 1 * MiB };

        var (error, allocated) = DeflatedFileBuilder.Measure(file, options);

        error.Should().NotBeNull();
        error!.Fault.Should().Be(DicomFormatFault.LimitExceeded);
        allocated.Should().BeLessThan(64 * MiB);
        TestContext.Out.WriteLine($"{file.Length} bytes deflated; {allocated / 1024} KiB allocated before the 1 MiB inflate limit");
    }

    [Test]
    public void Read_MillionEmptyItemsPastItemLimit_ThrowsLimitExceeded()
    {
        var file = DeflatedFileBuilder.Build(body =>
        {
            DeflatedFileBuilder.WriteLongHeader(body, 0x0008, 0x1140, "SQ", uint.MaxValue);
            for (var i = 0; i < 1_000_000; i++)
                DeflatedFileBuilder.WriteItemHeader(body, 0xE000, 0);
            DeflatedFileBuilder.WriteItemHeader(body, 0xE0DD, 0);
        });
        var options = new DicomReadOptions { MaxItemsPerSequence = 10_000 };

        var (error, _) = DeflatedFileBuilder.Measure(file, options);

        error.Should().NotBeNull();
        error!.Fault.Should().Be(DicomFormatFault.LimitExceeded);
        error.Tag.Should().Be(new DicomTag(0x0008, 0x1140));
        // The 10,001st item header: after the 12-byte sequence header and 10,000 items of 8 bytes.
        error.Offset.Should().Be(12 + (10_000 * 8));
    }
}
