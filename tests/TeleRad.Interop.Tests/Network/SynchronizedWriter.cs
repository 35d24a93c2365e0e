using System.Text;

namespace TeleRad.Interop.Tests.Network;

/// <summary>
/// A <see cref="StringWriter"/> that a running verb may write to from several threads (a receiver reports instances
/// from each association) while a test reads it, and that lets the test wait for a line to appear.
/// </summary>
public sealed class SynchronizedWriter : StringWriter
{
    private readonly object _gate = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];
    private readonly StringBuilder _line = new();

    /// <summary>Waits until a whole line matching <paramref name="match"/> is written; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var existing = base.ToString().Split('\n').FirstOrDefault(match);
            if (existing is not null)
                found.SetResult(existing);
            else
                _waiters.Add((match, found));
        }

        return found.Task.WaitAsync(timeout);
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
            if (value != '\n')
            {
                _line.Append(value);
                return;
            }

            var line = _line.ToString().TrimEnd('\r');
            _line.Clear();
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.SetResult(line);
            }
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        lock (_gate)
        {
            foreach (var c in value ?? string.Empty)
                Write(c);
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value) => Write(value + NewLine);

    /// <inheritdoc />
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }
}
