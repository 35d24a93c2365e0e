using TeleRad.Dicom.IO;
using TeleRad.Dicom.Tests.Support;

namespace TeleRad.Dicom.Tests.IO;

[TestFixture]
public sealed class DurableFileTests
{
    [Test]
    public void FsyncDirectory_ExistingDirectory_Succeeds()
    {
        using var dir = new TempDirectory();

        FluentActions.Invoking(() => DurableFile.FsyncDirectory(dir.Path)).Should().NotThrow();
    }

    [Test]
    public void FsyncDirectory_MissingDirectory_ThrowsIOException()
    {
        using var dir = new TempDirectory();

        FluentActions.Invoking(() => DurableFile.FsyncDirectory(Path.Combine(dir.Path, "missing"))).Should().Throw<IOException>();
    }

    [Test]
    public async Task WriteAsync_Success_RenamesIntoPlace()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.bin");

        await DurableFile.WriteAsync(path, (s, ct) => s.WriteAsync(new byte[] { 1, 2, 3 }, ct).AsTask(), CancellationToken.None);

        (await File.ReadAllBytesAsync(path)).Should().Equal(1, 2, 3);
        Directory.GetFiles(dir.Path).Should().Equal(path);
    }

    [Test]
    public async Task WriteAsync_WriterThrows_TemporaryDeletedAndExceptionPropagates()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.bin");

        await FluentActions.Awaiting(() => DurableFile.WriteAsync(path, async (s, ct) =>
        {
            await s.WriteAsync(new byte[] { 1 }, ct);
            throw new InvalidOperationException("boom");
        }, CancellationToken.None)).Should().ThrowAsync<InvalidOperationException>();

        Directory.GetFiles(dir.Path).Should().BeEmpty();
    }

    [Test]
    public async Task WriteAsync_Cancelled_NoFileLeft()
    {
        using var dir = new TempDirectory();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => DurableFile.WriteAsync(dir.File("a.bin"), (s, ct) => s.WriteAsync(new byte[] { 1 }, ct).AsTask(), cts.Token))
            .Should().ThrowAsync<OperationCanceledException>();

        Directory.GetFiles(dir.Path).Should().BeEmpty();
    }
}
