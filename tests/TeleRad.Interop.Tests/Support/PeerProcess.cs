using System.Diagnostics;
using System.Text;

namespace TeleRad.Interop.Tests.Support;

/// <summary>
/// Runs an external peer tool for interop tests. Arguments are passed as an
/// argument list (never through a shell), <c>TCP_NODELAY=1</c> is always set
/// (DCMTK's network tools need it), stdout/stderr are captured asynchronously
/// so a chatty tool cannot block on a full pipe, and on timeout or
/// cancellation the process tree is killed through this process's own
/// <see cref="Process"/> object, never by name, so other test runs' peers are
/// left alone.
/// </summary>
public sealed class PeerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private PeerProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The operating system id of the running peer.</summary>
    public int Id => _process.Id;

    /// <summary>True once the peer has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Standard output written so far.</summary>
    public string StandardOutputSoFar
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>Standard error written so far.</summary>
    public string StandardErrorSoFar
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> to completion and returns what it did.
    /// A timeout is reported through <see cref="PeerResult.TimedOut"/>;
    /// cancellation kills the peer and throws <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <param name="fileName">Tool to run, an absolute path or a name found on PATH.</param>
    /// <param name="arguments">Arguments, each passed verbatim.</param>
    /// <param name="timeout">How long the tool may run before it is killed.</param>
    /// <param name="environment">Extra variables; a null value removes the variable.</param>
    /// <param name="workingDirectory">Working directory, or null for the current one.</param>
    /// <param name="cancellationToken">Cancels the run and kills the peer.</param>
    public static async Task<PeerResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        await using var peer = Start(fileName, arguments, environment, workingDirectory);
        return await peer.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a peer that keeps running (e.g. a DCMTK <c>storescp</c> listener)
    /// until <see cref="WaitAsync"/> or <see cref="DisposeAsync"/> ends it.
    /// </summary>
    public static PeerProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(arguments);

        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null)
        {
            startInfo.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null)
                {
                    startInfo.Environment.Remove(name);
                }
                else
                {
                    startInfo.Environment[name] = value;
                }
            }
        }

        // Set last so no caller can lose it: DCMTK network tools need it.
        startInfo.Environment["TCP_NODELAY"] = "1";

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var peer = new PeerProcess(process);
        process.OutputDataReceived += (_, e) => peer.Append(peer._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => peer.Append(peer._stderr, e.Data);
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        // Peers read no input; closing stdin stops a tool that would wait on it.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return peer;
    }

    /// <summary>
    /// Waits for the peer to exit by itself. After <paramref name="timeout"/>
    /// the process tree is killed and the result reports a timeout; on
    /// cancellation it is killed and <see cref="OperationCanceledException"/> thrown.
    /// </summary>
    public async Task<PeerResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timeoutSource = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        var timedOut = false;
        try
        {
            // Also waits for the redirected streams to reach end of file.
            await _process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            timedOut = true;
            await KillAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await KillAsync().ConfigureAwait(false);
            throw;
        }

        return new PeerResult(
            _process.StartInfo.FileName,
            _process.HasExited ? _process.ExitCode : -1,
            StandardOutputSoFar,
            StandardErrorSoFar,
            timedOut);
    }

    /// <summary>Kills the peer's process tree if it is still running.</summary>
    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private async Task KillAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill: nothing left to stop.
            return;
        }

        // Reap it and drain the output pipes; a killed tree closes them promptly.
        using var drain = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(drain.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A grandchild outside the tree still holds a pipe; report what we have.
        }
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            target.Append(line).Append('\n');
        }
    }
}
