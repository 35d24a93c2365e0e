using System.Globalization;
using System.Text.RegularExpressions;
using TeleRad.Cli;
using TeleRad.Interop.Tests.Cli;

namespace TeleRad.Interop.Tests.Network;

/// <summary>
/// <c>telerad receive --port 0 --bind 127.0.0.1</c> run in-process through <see cref="CliApplication.InvokeAsync"/>;
/// cancelling its token stands in for Ctrl+C. The port is read from the "listening on" line.
/// </summary>
public sealed partial class InProcessReceiver : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _run;

    private InProcessReceiver(string directory, IReadOnlyList<string> extraArgs)
    {
        Directory = directory;
        _run = Task.Run(() => CliApplication.InvokeAsync(
            ["receive", "--port", "0", "--bind", "127.0.0.1", "--out", directory, .. extraArgs], Output, Error, cancellationToken: _stop.Token));
    }

    /// <summary>Where the receiver stores files.</summary>
    public string Directory { get; }

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>What it printed on stdout.</summary>
    public SynchronizedWriter Output { get; } = new();

    /// <summary>What it printed on stderr.</summary>
    public SynchronizedWriter Error { get; } = new();

    /// <summary>Starts a receiver storing into <paramref name="directory"/> and waits until it listens.</summary>
    public static async Task<InProcessReceiver> StartAsync(string directory, params string[] extraArgs)
    {
        var receiver = new InProcessReceiver(directory, extraArgs);
        var listening = receiver.Output.WaitForLineAsync(l => l.StartsWith("listening on ", StringComparison.Ordinal), StartTimeout);
        var first = await Task.WhenAny(listening, receiver._run);
        if (first != listening)
            throw new InvalidOperationException($"telerad receive ended with {await receiver._run} before listening: {receiver.Error}");
        receiver.Port = ParsePort(await listening);
        return receiver;
    }

    /// <summary>The port in a "listening on ADDR:PORT" line.</summary>
    public static int ParsePort(string line)
    {
        var match = ListeningLine().Match(line);
        if (!match.Success)
            throw new FormatException($"not a listening line: {line}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Cancels the run (Ctrl+C) and returns its exit code.</summary>
    public async Task<CliResult> StopAsync()
    {
        await _stop.CancelAsync();
        var exitCode = await _run.WaitAsync(StopTimeout);
        return new CliResult(exitCode, Output.ToString(), Error.ToString());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
            await StopAsync();
        _stop.Dispose();
        await Output.DisposeAsync();
        await Error.DisposeAsync();
    }

    [GeneratedRegex(@"^listening on .*:(\d+)$")]
    private static partial Regex ListeningLine();
}
