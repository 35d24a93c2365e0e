using TeleRad.Dicom.Network;

namespace TeleRad.Cli.Network;

/// <summary>
/// A one-line counter on a terminal's stderr, redrawn with a carriage return as each file of <c>telerad send</c> is
/// answered. Reports arrive on the sending task, one at a time, so no locking is needed.
/// </summary>
internal sealed class TerminalProgress(TextWriter error, int total) : IProgress<StoreFileResult>
{
    private int _done;
    private int _failed;

    /// <inheritdoc />
    public void Report(StoreFileResult value)
    {
        _done++;
        if (!value.Stored)
            _failed++;
        error.Write($"\r{_done}/{total} sent, {_failed} failed");
        error.Flush();
    }

    /// <summary>Erases the counter line so the per-file lines that follow start clean.</summary>
    public void Clear()
    {
        if (_done > 0)
        {
            error.Write("\r\x1b[K");
            error.Flush();
        }
    }
}
