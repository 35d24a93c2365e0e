using System.Runtime.InteropServices;

namespace TeleRad.Dicom.IO;

/// <summary>
/// Makes a file durable: data flushed to the device (fsync), then the directory entry that names it. Without the
/// directory fsync a power cut can lose a file that was fsynced and renamed (POSIX: rename is not durable by itself).
/// </summary>
public static partial class DurableFile
{
    private const int ReadOnly = 0;
    private const int Directory = 0x10000;

    /// <summary>Flushes the directory <paramref name="path"/> to disk. Throws <see cref="IOException"/> when the system call fails.</summary>
    public static void FsyncDirectory(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
            return; // Windows has no directory fsync; NTFS journals the rename itself.
        var fd = Open(path, ReadOnly | (OperatingSystem.IsLinux() ? Directory : 0));
        if (fd < 0)
            throw new IOException($"Cannot open directory for fsync (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (Fsync(fd) != 0)
                throw new IOException($"fsync of a directory failed (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>
    /// Writes a file under a temporary name in the same directory, fsyncs it, renames it over <paramref name="path"/>
    /// and fsyncs the directory. A failure at any step deletes the temporary file and throws: the caller must then
    /// treat the content as not stored (an fsync error is never retried, since a retry may falsely succeed).
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
            FsyncDirectory(dir);
        }
        catch
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // The original failure matters more; the temporary file is swept up by the owner's recovery.
            }
            throw;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
