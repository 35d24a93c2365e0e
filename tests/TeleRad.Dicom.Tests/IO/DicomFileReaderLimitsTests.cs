using TeleRad.Tests.Shared;
using TeleRad.Dicom.IO;
using TeleRad.Dicom.Tests.Support;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests.IO;

/// <summary>Where reading stops, what stays on disk, and the limits that keep memory bounded.</summary>
[TestFixture]
public sealed class DicomFileReaderLimitsTests
{
    private static DicomStreamBuilder WithPixelData(DicomStreamBuilder b, byte[] pixels) =>
        DicomFileReaderTests.Sample(b).Element(0x7FE0, 0x0010, "OW", pixels);

    [Test]
    public async Task StopBeforeTag_PixelData_StopsExactlyBeforeIt()
    {
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, WithPixelData(DicomStreamBuilder.ExplicitLittle, new byte[64]).ToArray());
        var options = new DicomReadOptions { StopBeforeTag = DicomTag.PixelData };

        var file = await DicomFile.ReadAsync(new MemoryStream(bytes), options);

        file.IsComplete.Should().BeFalse();
        file.Dataset.Contains(DicomTag.PixelData).Should().BeFalse();
        file.Dataset.GetValues<ushort>(DicomTags.Rows).Should().Equal(512);
        file.Dataset.Count.Should().Be(5);
    }

    [TestCase(4)]
    [TestCase(12)]
    public async Task StopBeforeTag_StreamEndsRightAfterTheTagHeader_Succeeds(int headerBytesKept)
    {
        // Nothing after the stop tag's header is needed: a capture cut there still reads.
        var full = Part10Bytes.File(Part10Bytes.ExplicitLE, WithPixelData(DicomStreamBuilder.ExplicitLittle, new byte[64]).ToArray());
        var cut = full[..(full.Length - 64 - 12 + headerBytesKept)];
        var options = new DicomReadOptions { StopBeforeTag = DicomTag.PixelData };

        var file = await DicomFile.ReadAsync(new NonSeekableStream(cut), options);

        file.IsComplete.Should().BeFalse();
        file.Dataset.Count.Should().Be(5);
    }

    [Test]
    public async Task StopBeforeTag_OnlyTopLevelTagsStop()
    {
        var item = DicomStreamBuilder.ExplicitLittle.Text(0x0008, 0x0100, "SH", "IN").Text(0x0010, 0x0010, "PN", "NESTED");
        var b = DicomStreamBuilder.ExplicitLittle.Sequence(0x0008, 0x1032, false, item).Text(0x0010, 0x0010, "PN", "TOP ");
        var options = new DicomReadOptions { StopBeforeTag = DicomTags.PatientName };

        var file = await DicomFile.ReadAsync(new MemoryStream(b.ToArray()), options);

        file.IsComplete.Should().BeFalse();
        file.Dataset.GetSequence(DicomTags.ProcedureCodeSequence)[0].GetString(DicomTags.PatientName).Should().Be("NESTED");
        file.Dataset.Contains(DicomTags.PatientName).Should().BeFalse();
    }

    [Test]
    public async Task StopBeforeTag_AfterEveryTag_IsComplete()
    {
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, DicomFileReaderTests.Sample(DicomStreamBuilder.ExplicitLittle).ToArray());

        var file = await DicomFile.ReadAsync(new MemoryStream(bytes), new DicomReadOptions { StopBeforeTag = DicomTag.PixelData });

        file.IsComplete.Should().BeTrue();
        file.Dataset.Count.Should().Be(5);
    }

    [Test]
    public async Task StopBeforeTag_DoesNotApplyToMetaGroup()
    {
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, DicomFileReaderTests.Sample(DicomStreamBuilder.ExplicitLittle).ToArray());

        var file = await DicomFile.ReadAsync(new MemoryStream(bytes), new DicomReadOptions { StopBeforeTag = new DicomTag(0x0002, 0x0001) });

        file.FileMetaInformation.GetString(DicomTags.TransferSyntaxUID).Should().Be(Part10Bytes.ExplicitLE);
        file.Dataset.IsEmpty.Should().BeTrue();
        file.IsComplete.Should().BeFalse();
    }

    [Test]
    public async Task OpenAsync_ValueOverThreshold_LeftOnDiskAndLoadable()
    {
        using var dir = new TempDirectory();
        var pixels = Enumerable.Range(0, 200).Select(i => (byte)i).ToArray();
        var path = await dir.WriteAsync("big.dcm", Part10Bytes.File(Part10Bytes.ExplicitLE, WithPixelData(DicomStreamBuilder.ExplicitLittle, pixels).ToArray()));

        var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 100 });

        var px = (DicomElement)file.Dataset[DicomTag.PixelData]!;
        var range = px.Buffer.Should().BeOfType<FileRangeBuffer>().Subject;
        range.IsInMemory.Should().BeFalse();
        range.Length.Should().Be(200);
        range.Path.Should().Be(Path.GetFullPath(path));
        range.Offset.Should().Be(px.StreamOffset);
        FluentActions.Invoking(() => range.Memory).Should().Throw<InvalidOperationException>();
        (await range.LoadAsync(CancellationToken.None)).ToArray().Should().Equal(pixels);
        using var ms = new MemoryStream();
        await range.WriteToAsync(ms, bigEndian: false, swapUnit: 2, CancellationToken.None);
        ms.ToArray().Should().Equal(pixels);
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("Doe^John");
    }

    [Test]
    public async Task OpenAsync_ThresholdZero_MetaAndTextStayInMemory()
    {
        // The meta group is parsed during reading (transfer syntax), so it is never left on disk; nor are text and
        // numbers, which getters decode synchronously: only bulk VRs (OB, OW, ..., UN) stay on disk.
        using var dir = new TempDirectory();
        var path = await dir.WriteAsync("a.dcm", Part10Bytes.File(Part10Bytes.ImplicitLE, DicomFileReaderTests.Sample(DicomStreamBuilder.ImplicitLittle).ToArray()));

        var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 0 });

        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ImplicitVRLittleEndian);
        file.FileMetaInformation.OfType<DicomElement>().Should().OnlyContain(e => e.Buffer.IsInMemory);
        file.Dataset.OfType<DicomElement>().Should().NotBeEmpty().And.OnlyContain(e => e.VR.IsBulk() || e.Buffer.IsInMemory);
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("Doe^John");
    }

    [Test]
    public async Task OpenAsync_ValueAtThreshold_StaysInMemory()
    {
        using var dir = new TempDirectory();
        var path = await dir.WriteAsync("a.dcm", Part10Bytes.File(Part10Bytes.ExplicitLE, WithPixelData(DicomStreamBuilder.ExplicitLittle, new byte[100]).ToArray()));

        var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 100 });

        ((DicomElement)file.Dataset[DicomTag.PixelData]!).Buffer.IsInMemory.Should().BeTrue();
    }

    [Test]
    public async Task OpenAsync_BigEndianValueOnDisk_LoadedSwappedAndWrittenBackEitherWay()
    {
        using var dir = new TempDirectory();
        // Words 0x0001, 0x0203, 0x0405... big endian on disk.
        var onDisk = Enumerable.Range(0, 200).Select(i => (byte)i).ToArray();
        var little = new byte[200];
        for (var i = 0; i < 200; i += 2)
        {
            little[i] = onDisk[i + 1];
            little[i + 1] = onDisk[i];
        }
        var path = await dir.WriteAsync("be.dcm", Part10Bytes.File(Part10Bytes.ExplicitBE, WithPixelData(DicomStreamBuilder.ExplicitBig, onDisk).ToArray()));

        var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 64 });

        var buffer = ((DicomElement)file.Dataset[DicomTag.PixelData]!).Buffer.Should().BeOfType<FileRangeBuffer>().Subject;
        buffer.StoredBigEndian.Should().BeTrue();
        (await buffer.LoadAsync(CancellationToken.None)).ToArray().Should().Equal(little);
        using var asLittle = new MemoryStream();
        await buffer.WriteToAsync(asLittle, bigEndian: false, swapUnit: 2, CancellationToken.None);
        asLittle.ToArray().Should().Equal(little);
        using var asBig = new MemoryStream();
        await buffer.WriteToAsync(asBig, bigEndian: true, swapUnit: 2, CancellationToken.None);
        asBig.ToArray().Should().Equal(onDisk);
    }

    [Test]
    public async Task ReadAsync_MemoryStream_LargeValuesInMemory()
    {
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, WithPixelData(DicomStreamBuilder.ExplicitLittle, new byte[200]).ToArray());

        var file = await DicomFile.ReadAsync(new MemoryStream(bytes), new DicomReadOptions { LargeValueThreshold = 10 });

        file.Dataset.OfType<DicomElement>().Should().OnlyContain(e => e.Buffer.IsInMemory);
    }

    [Test]
    public async Task ReadAsync_NonSeekableStream_EverythingInMemory()
    {
        var item = DicomStreamBuilder.ExplicitLittle.Text(0x0008, 0x0100, "SH", "IN");
        var body = WithPixelData(DicomStreamBuilder.ExplicitLittle.Sequence(0x0008, 0x1032, true, item), Enumerable.Range(0, 300).Select(i => (byte)i).ToArray());
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, body.ToArray());

        var file = await DicomFile.ReadAsync(new NonSeekableStream(bytes), new DicomReadOptions { LargeValueThreshold = 10 });

        file.Path.Should().BeNull();
        file.Dataset.OfType<DicomElement>().Should().OnlyContain(e => e.Buffer.IsInMemory);
        file.Dataset.GetBytes(DicomTag.PixelData).ToArray().Should().Equal(Enumerable.Range(0, 300).Select(i => (byte)i));
        file.Dataset.GetSequence(DicomTags.ProcedureCodeSequence)[0].GetString(DicomTags.CodeValue).Should().Be("IN");
    }

    [Test]
    public async Task ReadAsync_ValueOverMaxInMemory_ThrowsLimitExceeded([Values] bool seekable)
    {
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, WithPixelData(DicomStreamBuilder.ExplicitLittle, new byte[200]).ToArray());
        Stream stream = seekable ? new MemoryStream(bytes) : new NonSeekableStream(bytes);

        var ex = await FluentActions.Awaiting(() => DicomFile.ReadAsync(stream, new DicomReadOptions { MaxInMemoryValueLength = 100 }))
            .Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.LimitExceeded);
        ex.Which.Tag.Should().Be(DicomTag.PixelData);
    }

    [Test]
    public async Task OpenAsync_ValueOverMaxInMemoryButLeftOnDisk_Reads()
    {
        using var dir = new TempDirectory();
        var path = await dir.WriteAsync("a.dcm", Part10Bytes.File(Part10Bytes.ExplicitLE, WithPixelData(DicomStreamBuilder.ExplicitLittle, new byte[200]).ToArray()));

        var file = await DicomFile.OpenAsync(path, new DicomReadOptions { MaxInMemoryValueLength = 100, LargeValueThreshold = 150 });

        ((DicomElement)file.Dataset[DicomTag.PixelData]!).Buffer.Should().BeOfType<FileRangeBuffer>();
    }

    [Test]
    public async Task OpenAsync_EncapsulatedLargeFragments_LeftOnDisk()
    {
        using var dir = new TempDirectory();
        var fragment = Enumerable.Range(0, 150).Select(i => (byte)(i * 3)).ToArray();
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).Fragment([]).Fragment(fragment).Fragment([1, 2]).SequenceDelimiter();
        var path = await dir.WriteAsync("jpeg.dcm", Part10Bytes.File(Part10Bytes.JpegBaseline, b.ToArray()));

        var file = await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 100 });

        var px = (DicomFragmentSequence)file.Dataset[DicomTag.PixelData]!;
        px.Fragments[0].Should().BeOfType<FileRangeBuffer>();
        (await px.Fragments[0].LoadAsync(CancellationToken.None)).ToArray().Should().Equal(fragment);
        px.Fragments[1].IsInMemory.Should().BeTrue();
    }

    [Test]
    public async Task FileRangeBuffer_FileShrunkAfterReading_ThrowsTruncated()
    {
        using var dir = new TempDirectory();
        var path = await dir.WriteAsync("x.bin", new byte[10]);
        var buffer = new FileRangeBuffer(path, 4, 20);

        var ex = await FluentActions.Awaiting(async () => await buffer.LoadAsync(CancellationToken.None)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.Truncated);
        await FluentActions.Awaiting(async () => await buffer.WriteToAsync(Stream.Null, false, 0, CancellationToken.None))
            .Should().ThrowAsync<DicomFormatException>();
    }

    [Test]
    public async Task FileRangeBuffer_LargerThanChunk_WrittenCompletelyAndSwapped()
    {
        using var dir = new TempDirectory();
        // Several 256 KiB chunks plus a tail: swapping must not straddle chunk boundaries.
        var bytes = new byte[(3 * 256 * 1024) + 40];
        new Random(7).NextBytes(bytes);
        var path = await dir.WriteAsync("big.bin", [.. new byte[6], .. bytes]);
        var buffer = new FileRangeBuffer(path, 6, bytes.Length);

        using var ms = new MemoryStream();
        await buffer.WriteToAsync(ms, bigEndian: true, swapUnit: 4, CancellationToken.None);

        var expected = (byte[])bytes.Clone();
        for (var i = 0; i < expected.Length; i += 4)
            Array.Reverse(expected, i, 4);
        ms.ToArray().Should().Equal(expected);
    }

    [Test]
    public async Task MemoryBuffer_WriteBigEndian_SwapsCopyNotOriginal()
    {
        var original = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
        var buffer = new MemoryBuffer(original);

        using var ms = new MemoryStream();
        await buffer.WriteToAsync(ms, bigEndian: true, swapUnit: 8, CancellationToken.None);

        ms.ToArray().Should().Equal(8, 7, 6, 5, 4, 3, 2, 1);
        original.Should().Equal(1, 2, 3, 4, 5, 6, 7, 8);
        buffer.IsInMemory.Should().BeTrue();
        (await buffer.LoadAsync(CancellationToken.None)).ToArray().Should().Equal(original);
    }
}
