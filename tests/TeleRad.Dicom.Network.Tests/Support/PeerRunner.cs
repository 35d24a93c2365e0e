using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>
/// Runs a DCMTK tool for interop tests: arguments as a list (no shell), <c>TCP_NODELAY=1</c> always (PEERS.md),
/// output captured as it comes, and the process ended through its own <see cref="Process"/> object (its PID), never
/// by name. Every wait is bounded.
/// </summary>
internal sealed class PeerRunner : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PeerRunner(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Standard output and error so far, interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static PeerRunner Start(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment["TCP_NODELAY"] = "1";
        var process = new Process { StartInfo = info };
        var runner = new PeerRunner(process);
        process.OutputDataReceived += (_, e) => runner.Append(e.Data);
        process.ErrorDataReceived += (_, e) => runner.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return runner;
    }

    /// <summary>Runs a tool to completion within <paramref name="timeout"/>; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, string tool, params string[] arguments)
    {
        await using var runner = Start(tool, arguments);
        await runner.WaitForExitAsync(timeout);
        return (runner.ExitCode, runner.Output);
    }

    /// <summary>Waits for the tool to exit; kills it and fails the test when it does not within <paramref name="timeout"/>.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            Assert.Fail($"{_process.StartInfo.FileName} did not exit within {timeout}. Output:\n{Output}");
        }
    }

    /// <summary>Kills the tool (by its PID, with its children) and reaps it.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }

        _process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    /// <summary>
    /// Waits until a server tool accepts TCP connections on <paramref name="port"/>. DCMTK servers print nothing when
    /// they start listening, so the port is probed; between probes the wait is on the tool's own exit, which also
    /// reports a tool that died at startup.
    /// </summary>
    public async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
            {
                try
                {
                    await probe.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
                    return;
                }
                catch (SocketException)
                {
                    // Not listening yet.
                }
            }

            using var pause = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
            try
            {
                await _process.WaitForExitAsync(pause.Token);
                Assert.Fail($"{_process.StartInfo.FileName} exited with {_process.ExitCode} before listening. Output:\n{Output}");
            }
            catch (OperationCanceledException)
            {
                // Still running: probe again.
            }
        }

        Assert.Fail($"{_process.StartInfo.FileName} did not listen on port {port} within {timeout}. Output:\n{Output}");
    }

    /// <summary>A port that was free a moment ago: bound to 127.0.0.1 port 0, then released for the tool to take.</summary>
    public static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.Append(line).Append('\n');
    }
}
