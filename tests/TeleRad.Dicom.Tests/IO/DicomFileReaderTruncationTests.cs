using TeleRad.Tests.Shared;
using TeleRad.Dicom.IO;
using TeleRad.Dicom.Tests.Support;

namespace TeleRad.Dicom.Tests.IO;

/// <summary>
/// Every prefix of a valid file, and lying length fields: the reader either succeeds for a reason that can be stated
/// precisely, or fails with a <see cref="DicomFormatException"/> naming the offset; never another exception, never a
/// large allocation.
/// </summary>
[TestFixture]
public sealed class DicomFileReaderTruncationTests
{
    public enum Source
    {
        MemoryStream,
        NonSeekable,
        File,
    }

    /// <summary>
    /// A Part 10 file with nested sequences of both length forms and native pixel data; the offsets at which a prefix
    /// ends between meta elements; and those at which it ends between top-level data set elements, with the number of
    /// elements read by then.
    /// </summary>
    private static (byte[] Bytes, int[] MetaBoundaries, int[] Boundaries, int[] Counts) BuildFile()
    {
        var code = new DicomStreamBuilder().Text(0x0008, 0x0100, "SH", "C1").Text(0x0008, 0x0102, "SH", "DCM ");
        var nestedDefined = new DicomStreamBuilder().Sequence(0x0040, 0xA043, true, code, new DicomStreamBuilder()).Text(0x0040, 0xA160, "UT", "some text ");
        var nestedUndefined = new DicomStreamBuilder().Sequence(0x0040, 0xA043, false, code).Text(0x0040, 0xA040, "CS", "TEXT");
        DicomStreamBuilder[] topLevel =
        [
            new DicomStreamBuilder().Text(0x0008, 0x0016, "UI", Part10Bytes.Uid(Part10Bytes.SecondaryCaptureStorage)),
            new DicomStreamBuilder().Text(0x0008, 0x0018, "UI", Part10Bytes.Uid(Part10Bytes.InstanceUid)),
            new DicomStreamBuilder().Sequence(0x0008, 0x1032, true, code, code),
            new DicomStreamBuilder().Text(0x0010, 0x0010, "PN", "Doe^John"),
            new DicomStreamBuilder().US(0x0028, 0x0010, 4),
            new DicomStreamBuilder().US(0x0028, 0x0011, 4),
            new DicomStreamBuilder().Sequence(0x0040, 0xA730, false, nestedDefined, nestedUndefined),
            new DicomStreamBuilder().Sequence(0x0040, 0xA731, true, nestedUndefined, nestedDefined),
            new DicomStreamBuilder().Element(0x7FE0, 0x0010, "OW", Enumerable.Range(0, 32).Select(i => (byte)(i + 1)).ToArray()),
        ];
        var bytes = new List<byte>(Part10Bytes.File(Part10Bytes.ExplicitLE, []));

        // Walk the meta elements by hand: explicit VR little endian, OB with the 32-bit length form (PS3.10 7.1).
        var metaBoundaries = new List<int>();
        for (var pos = 132; pos < bytes.Count;)
        {
            var isOB = bytes[pos + 4] == 'O' && bytes[pos + 5] == 'B';
            pos += isOB ? 12 + BitConverter.ToInt32([.. bytes.GetRange(pos + 8, 4)]) : 8 + BitConverter.ToUInt16([.. bytes.GetRange(pos + 6, 2)]);
            metaBoundaries.Add(pos);
        }

        var boundaries = new List<int>();
        var counts = new List<int>();
        for (var i = 0; i < topLevel.Length; i++)
        {
            bytes.AddRange(topLevel[i].ToArray());
            boundaries.Add(bytes.Count);
            counts.Add(i + 1);
        }
        return ([.. bytes], [.. metaBoundaries], [.. boundaries], [.. counts]);
    }

    private static async Task<DicomFile> ReadAsync(byte[] bytes, Source source, TempDirectory dir)
    {
        switch (source)
        {
            case Source.MemoryStream:
                return await DicomFile.ReadAsync(new MemoryStream(bytes), new DicomReadOptions { LargeValueThreshold = 16 });
            case Source.NonSeekable:
                return await DicomFile.ReadAsync(new NonSeekableStream(bytes), new DicomReadOptions { LargeValueThreshold = 16 });
            default:
                var path = dir.File("prefix.dcm");
                await File.WriteAllBytesAsync(path, bytes);
                return await DicomFile.OpenAsync(path, new DicomReadOptions { LargeValueThreshold = 16 });
        }
    }

    [Test]
    public async Task ReadAsync_FullFile_ReadsEverything([Values] Source source)
    {
        using var dir = new TempDirectory();
        var (bytes, _, _, _) = BuildFile();

        var file = await ReadAsync(bytes, source, dir);

        file.Warnings.Should().BeEmpty();
        file.Dataset.Count.Should().Be(9);
        file.Dataset.GetSequence(new DicomTag(0x0040, 0xA731))[1].GetSequence(DicomTags.ConceptNameCodeSequence).Should().HaveCount(2);
        file.Dataset.GetSequence(DicomTags.ContentSequence)[0].GetString(DicomTags.TextValue).Should().Be("some text");
    }

    [Test]
    public async Task ReadAsync_EveryPrefix_SucceedsOnlyWhereStatedOtherwiseFormatException([Values] Source source)
    {
        using var dir = new TempDirectory();
        var (bytes, metaBoundaries, boundaries, counts) = BuildFile();
        var metaEnd = metaBoundaries[^1];
        var cutSuccesses = 0;

        for (var n = 0; n < bytes.Length; n++)
        {
            var prefix = bytes[..n];
            DicomFile? file = null;
            DicomFormatException? error = null;
            try
            {
                file = await ReadAsync(prefix, source, dir);
            }
            catch (DicomFormatException ex)
            {
                error = ex;
            }
            // Any other exception type escapes and fails the test.

            var boundary = Array.IndexOf(boundaries, n);
            if (n < 132)
            {
                // No "DICM" yet: not recognisable as DICOM at all.
                error.Should().NotBeNull($"prefix {n} has no DICM");
                error!.Fault.Should().Be(DicomFormatFault.NotDicom, $"prefix {n}");
            }
            else if (n <= metaEnd && metaBoundaries.Contains(n))
            {
                // Ends between meta elements: a Part 10 file with an empty data set.
                file.Should().NotBeNull($"prefix {n} ends between meta elements ({error?.Message})");
                file!.Dataset.IsEmpty.Should().BeTrue($"prefix {n}");
            }
            else if (boundary >= 0)
            {
                // Ends between top-level elements: a complete, shorter data set (DICOM streams carry no total length).
                file.Should().NotBeNull($"prefix {n} ends between top-level elements ({error?.Message})");
                file!.Warnings.Should().BeEmpty($"prefix {n}");
                file.Dataset.Count.Should().Be(counts[boundary], $"prefix {n}");
            }
            else if (file is not null)
            {
                // Lenient like DCMTK and pydicom: a defined-length container longer than the stream is cut at the end
                // of the stream, but never silently.
                n.Should().BeGreaterThan(metaEnd);
                file.Warnings.Should().Contain(w => w.Contains("cut at the end of the stream"), $"prefix {n} read without an error must say it was cut");
                source.Should().NotBe(Source.NonSeekable, "an unknown-length stream cannot be cut to fit");
                cutSuccesses++;
            }
            else
            {
                error!.Fault.Should().BeOneOf([DicomFormatFault.Truncated, DicomFormatFault.LengthExceedsContainer], $"prefix {n}: {error.Message}");
                error.Message.Should().Contain("byte offset", $"prefix {n}");
                error.Offset.Should().BeInRange(0, n, $"prefix {n}");
            }
        }

        if (source != Source.NonSeekable)
            cutSuccesses.Should().BePositive("the file has defined-length sequences, so some cuts land between their elements");
    }

    private static byte[] LyingElement(uint length) => Part10Bytes.File(
        Part10Bytes.ExplicitLE,
        DicomFileReaderTests.Sample(DicomStreamBuilder.ExplicitLittle).Header(0x7FE0, 0x0010, "OB", length).Raw([1, 2, 3, 4]).ToArray());

    [Test]
    public void ReadAsync_ElementLengthLies_NoLargeAllocation()
    {
        var bytes = LyingElement(0x7FFFFFF0);
        // Warm up so that one-time allocations (dictionary, pools) do not count.
        RunSync(() => DicomFile.ReadAsync(new MemoryStream(Part10Bytes.File(Part10Bytes.ExplicitLE, []))));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new MemoryStream(bytes)));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ex.Fault.Should().Be(DicomFormatFault.LengthExceedsContainer);
        ex.Tag.Should().Be(DicomTag.PixelData);
        ex.Message.Should().Contain("byte offset");
        allocated.Should().BeLessThan(1 << 20);
    }

    [Test]
    public void ReadAsync_ElementLengthLiesOnNonSeekableStream_AllocatesAtMostOneChunk()
    {
        // Under the in-memory limit (1 GiB) but far beyond the stream: the reader grows the value in 1 MiB chunks.
        var bytes = LyingElement(0x3FFFFFF0);
        RunSync(() => DicomFile.ReadAsync(new NonSeekableStream(Part10Bytes.File(Part10Bytes.ExplicitLE, []))));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new NonSeekableStream(bytes)));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ex.Fault.Should().Be(DicomFormatFault.Truncated);
        allocated.Should().BeLessThan(4 << 20);
    }

    [Test]
    public void ReadAsync_ElementLengthOverInMemoryLimitOnNonSeekableStream_LimitExceededWithoutAllocating()
    {
        var bytes = LyingElement(0x7FFFFFF0);
        RunSync(() => DicomFile.ReadAsync(new NonSeekableStream(Part10Bytes.File(Part10Bytes.ExplicitLE, []))));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new NonSeekableStream(bytes)));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ex.Fault.Should().Be(DicomFormatFault.LimitExceeded);
        allocated.Should().BeLessThan(1 << 20);
    }

    [Test]
    public void ReadAsync_SixteenBitLengthLies_LengthExceedsContainer()
    {
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, DicomStreamBuilder.ExplicitLittle.Header(0x0010, 0x0010, "PN", 0xFFF0).Raw("Doe "u8).ToArray());

        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new MemoryStream(bytes)));

        ex.Fault.Should().Be(DicomFormatFault.LengthExceedsContainer);
        ex.Tag.Should().Be(DicomTags.PatientName);
    }

    [Test]
    public void ReadAsync_ImplicitElementLengthLies_LengthExceedsContainer()
    {
        var bytes = Part10Bytes.File(Part10Bytes.ImplicitLE, DicomStreamBuilder.ImplicitLittle.Text(0x0008, 0x0060, "CS", "CT").Header(0x0010, 0x0010, "", 0x7FFFFFF0).Raw("Doe "u8).ToArray());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new MemoryStream(bytes)));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ex.Fault.Should().Be(DicomFormatFault.LengthExceedsContainer);
        allocated.Should().BeLessThan(1 << 20);
    }

    [Test]
    public void ReadAsync_FragmentLengthLies_LengthExceedsContainer()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).Fragment([]).ItemHeader(0x7FFFFFF0).Raw([1, 2, 3, 4]);
        var bytes = Part10Bytes.File(Part10Bytes.JpegBaseline, b.ToArray());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new MemoryStream(bytes)));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ex.Fault.Should().Be(DicomFormatFault.LengthExceedsContainer);
        ex.Tag.Should().Be(DicomTag.PixelData);
        allocated.Should().BeLessThan(1 << 20);
    }

    [Test]
    public void ReadAsync_FragmentUndefinedLength_InvalidLength()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).ItemHeader(0xFFFFFFFF).SequenceDelimiter();

        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new MemoryStream(Part10Bytes.File(Part10Bytes.JpegBaseline, b.ToArray()))));

        ex.Fault.Should().Be(DicomFormatFault.InvalidLength);
    }

    [Test]
    public void ReadAsync_SequenceLengthLiesFollowedByElements_InvalidItem()
    {
        // The sequence claims the rest of the stream, so the next top-level element appears where an item must be.
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x0008, 0x1032, "SQ", 0x7FFFFFF0).Item(DicomStreamBuilder.ExplicitLittle.Text(0x0008, 0x0100, "SH", "AB"))
            .Text(0x0010, 0x0010, "PN", "Doe ");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new MemoryStream(b.ToArray())));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ex.Fault.Should().Be(DicomFormatFault.InvalidItem);
        ex.Message.Should().Contain("byte offset").And.Contain("(0008,1032)");
        allocated.Should().BeLessThan(1 << 20);
    }

    [Test]
    public void ReadAsync_ItemLengthLiesBeforeNextItem_InvalidItem()
    {
        var item = DicomStreamBuilder.ExplicitLittle.Text(0x0008, 0x0100, "SH", "AB");
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x0008, 0x1032, "SQ", 0xFFFFFFFF).ItemHeader(0x7FFFFFF0).Raw(item).Item(item).SequenceDelimiter();

        var ex = RunSyncExpectingError(() => DicomFile.ReadAsync(new MemoryStream(b.ToArray())));

        ex.Fault.Should().Be(DicomFormatFault.InvalidItem);
    }

    [Test]
    public async Task ReadAsync_LastItemLengthLies_CutWithWarnings()
    {
        // A defined-length item claiming more than the stream holds is cut at the end of the stream (as DCMTK and
        // pydicom read such DICOMDIRs); what follows it is read into the item, and the warnings say so.
        var item = DicomStreamBuilder.ExplicitLittle.Text(0x0008, 0x0100, "SH", "AB");
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x0008, 0x1032, "SQ", 8 + (uint)item.Length).ItemHeader(0x7FFFFFF0).Raw(item)
            .Text(0x0010, 0x0010, "PN", "Doe ");

        var file = await DicomFile.ReadAsync(new MemoryStream(b.ToArray()));

        file.Warnings.Should().Contain(w => w.Contains("cut at the end of the stream"));
        file.Warnings.Should().Contain(w => w.Contains("past"));
    }

    [Test]
    public void ReadAsync_TruncatedDeflatedStream_FormatException()
    {
        var plain = DicomFileReaderTests.Sample(DicomStreamBuilder.ExplicitLittle).Element(0x7FE0, 0x0010, "OW", new byte[4000]).ToArray();
        using var deflated = new MemoryStream();
        using (var z = new System.IO.Compression.DeflateStream(deflated, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            z.Write(plain);
        var full = Part10Bytes.File(Part10Bytes.Deflated, deflated.ToArray());

        for (var n = full.Length - (int)deflated.Length + 1; n < full.Length; n++)
        {
            var prefix = full[..n];
            try
            {
                var file = RunSync(() => DicomFile.ReadAsync(new MemoryStream(prefix)));
                // A cut can land after a whole top-level element of the inflated stream; nothing is ever half read.
                if (file.Dataset.Contains(DicomTag.PixelData))
                    file.Dataset.GetBytes(DicomTag.PixelData).Length.Should().Be(4000, $"prefix {n}");
            }
            catch (DicomFormatException ex)
            {
                ex.Fault.Should().BeOneOf(DicomFormatFault.Truncated, DicomFormatFault.LengthExceedsContainer, DicomFormatFault.InvalidDeflate);
            }
        }
    }

    private static T RunSync<T>(Func<Task<T>> action) => action().GetAwaiter().GetResult();

    private static DicomFormatException RunSyncExpectingError(Func<Task<DicomFile>> action)
    {
        var task = action();
        // Over a memory stream the whole read completes on this thread, which is what makes the allocation count
        // (per thread) meaningful.
        task.IsCompleted.Should().BeTrue("the read must complete synchronously for the allocation measurement");
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (DicomFormatException ex)
        {
            return ex;
        }
        Assert.Fail("expected a DicomFormatException");
        throw new InvalidOperationException("unreachable");
    }
}
