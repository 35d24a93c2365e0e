using System.Buffers.Binary;
using TeleRad.Dicom.IO;
using TeleRad.Dicom.Tests.Support;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests.IO;

/// <summary>
/// An instance of several GiB is read and written with bounded memory: Pixel Data stays on disk and is streamed. The
/// 3 GiB file is sparse (its pixel data is a hole), so the test costs disk metadata, not 3 GiB of disk.
/// </summary>
[TestFixture]
[Category("Slow")]
public sealed class LargeInstanceTests
{
    private const long PixelBytes = 3L << 30;

    [Test]
    public async Task OpenAndWrite_ThreeGiBInstance_StreamsWithBoundedAllocation()
    {
        using var dir = new TempDirectory();
        var path = await WriteSparseInstanceAsync(dir.File("large.dcm"));

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var file = await DicomFile.OpenAsync(path);
        var pixels = (DicomElement)file.Dataset[DicomTag.PixelData]!;
        var sink = new CountingSink();
        await file.WriteAsync(sink, new DicomWriteOptions { TransferSyntax = DicomTransferSyntax.ExplicitVRLittleEndian });
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        pixels.Buffer.Should().BeOfType<FileRangeBuffer>();
        pixels.Length.Should().Be(PixelBytes);
        file.Dataset.GetInt32(new DicomTag(0x0028, 0x0008)).Should().Be(3072);
        sink.Length.Should().Be(pixels.StreamOffset + PixelBytes, "the header is rewritten identically and followed by every pixel byte");
        allocated.Should().BeLessThan(64L << 20, "3 GiB of pixel data must be streamed, not loaded");

    }

    private static async Task<string> WriteSparseInstanceAsync(string path)
    {
        var ds = new DicomDataset();
        ds.SetString(new DicomTag(0x0008, 0x0016), DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7.2");
        ds.SetString(new DicomTag(0x0008, 0x0018), DicomVR.UI, new DicomUidGenerator().Generate());
        ds.SetString(new DicomTag(0x0028, 0x0008), DicomVR.IS, "3072");
        ds.SetIntegers(new DicomTag(0x0028, 0x0010), DicomVR.US, 1024);
        ds.SetIntegers(new DicomTag(0x0028, 0x0011), DicomVR.US, 512);
        ds.SetIntegers(new DicomTag(0x0028, 0x0100), DicomVR.US, 16);
        var header = new DicomFile(ds);
        await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await header.WriteAsync(stream);
            // (7FE0,0010) OW, reserved, 32-bit length; then a hole of PixelBytes zeros.
            var element = new byte[12];
            BinaryPrimitives.WriteUInt16LittleEndian(element, 0x7FE0);
            BinaryPrimitives.WriteUInt16LittleEndian(element.AsSpan(2), 0x0010);
            element[4] = (byte)'O';
            element[5] = (byte)'W';
            BinaryPrimitives.WriteUInt32LittleEndian(element.AsSpan(8), (uint)PixelBytes);
            await stream.WriteAsync(element);
            stream.SetLength(stream.Position + PixelBytes);
        }
        return path;
    }

    /// <summary>A write-only stream that counts what it is given and keeps nothing.</summary>
    private sealed class CountingSink : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position
        {
            get => Written;
            set => throw new NotSupportedException();
        }

        private long Written { get; set; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Written += buffer.Length;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
