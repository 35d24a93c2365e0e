using System.Buffers;
using System.IO.Pipelines;
using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

public sealed partial class Association
{
    private readonly Lock _timerGate = new();
    private readonly List<CancellationTokenSource> _spentTimers = [];
    private CancellationTokenSource _timer = new();
    private bool _discardInput;
    private bool _timersDisposed;
    private volatile bool _closeRequested;

    private void StartReadLoop() => _readLoop = ReadLoopAsync();

    /// <summary>
    /// The parse loop: one PDU at a time from the input pipe, each turned into its table 9-10 event, until the
    /// machine is back in Sta1. P-DATA is handed to the user while its bytes are still in the pipe's buffer, so a
    /// slow user holds back the receive loop and, through TCP, the peer.
    /// </summary>
    private async Task ReadLoopAsync()
    {
        var input = _connection.Input;
        try
        {
            while (_machine.State != UpperLayerState.Sta1)
            {
                ReadResult result;
                var timer = ArmTimer();
                try
                {
                    result = await input.ReadAsync(timer).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (timer.IsCancellationRequested)
                {
                    await OnTimerExpiredAsync().ConfigureAwait(false);
                    continue;
                }

                if (result.IsCanceled && _closeRequested)
                {
                    OnClosedLocally();
                    break;
                }

                var buffer = result.Buffer;
                var consumed = buffer.Start;
                var examined = buffer.End;
                var consumedAll = false;
                try
                {
                    if (_discardInput)
                    {
                        // After an invalid PDU the byte stream has no trustworthy framing left: drop it until the
                        // peer closes or ARTIM expires (Sta13).
                        consumed = buffer.End;
                        consumedAll = true;
                    }
                    else if (TryParse(buffer, out var pdu, out var end, out var remaining, out var fault))
                    {
                        consumed = examined = end;
                        consumedAll = remaining == 0;
                        await OnPduAsync(pdu!).ConfigureAwait(false);
                    }
                    else if (fault is not null)
                    {
                        consumed = buffer.End;
                        consumedAll = true;
                        await OnInvalidPduAsync(fault).ConfigureAwait(false);
                    }
                    else if (result.IsCompleted)
                    {
                        // The peer closed in the middle of a PDU: what arrived can never be completed.
                        consumed = buffer.End;
                        consumedAll = true;
                    }

                    if (result.IsCompleted && consumedAll)
                        await OnTransportClosedAsync().ConfigureAwait(false);
                }
                finally
                {
                    input.AdvanceTo(consumed, examined);
                }
            }
        }
        catch (Exception e)
        {
            // Not a protocol event: a fault in TeleRad or in the user. End the association rather than hang it.
            Fail(e as UpperLayerException ?? new UpperLayerException(UpperLayerFault.Aborted, "the association failed internally.", e));
            await AbortLocallyAsync(AbortSource.ServiceUser, AbortReason.NotSpecified).ConfigureAwait(false);
            _machine.TryFire(UpperLayerEvent.Evt17TransportClosed);
        }
        finally
        {
            await EndAsync().ConfigureAwait(false);
        }
    }

    private bool TryParse(ReadOnlySequence<byte> buffer, out Pdu? pdu, out SequencePosition end, out long remaining, out UpperLayerException? fault)
    {
        var reader = new SequenceReader<byte>(buffer);
        fault = null;
        try
        {
            var read = PduReader.TryReadPdu(ref reader, _options.Limits, out pdu);
            end = reader.Position;
            remaining = reader.Remaining;
            return read;
        }
        catch (UpperLayerException e)
        {
            pdu = null;
            end = buffer.Start;
            remaining = buffer.Length;
            fault = e;
            return false;
        }
    }

    /// <summary>
    /// Arms the read timer for the current state: ARTIM where table 9-10 runs it (Sta2, Sta13) and where TeleRad
    /// bounds a wait for the peer (Sta5, Sta7, Sta10, Sta11); the idle timeout otherwise.
    /// </summary>
    private CancellationToken ArmTimer()
    {
        var timeout = _machine.State switch
        {
            UpperLayerState.Sta2 or UpperLayerState.Sta5 or UpperLayerState.Sta7 or UpperLayerState.Sta10
                or UpperLayerState.Sta11 or UpperLayerState.Sta13 => _options.ArtimTimeout,
            _ => _options.IdleTimeout,
        };
        lock (_timerGate)
        {
            if (!_timer.TryReset())
            {
                _spentTimers.Add(_timer);
                _timer = new CancellationTokenSource();
            }

            _timer.CancelAfter(timeout);
            return _timer.Token;
        }
    }

    /// <summary>"Start (or restart) ARTIM timer" of AE-6, AE-8, AR-4 and AA-1: applies to the read in progress too.</summary>
    private void RestartArtim()
    {
        lock (_timerGate)
        {
            if (!_timersDisposed)
                _timer.CancelAfter(_options.ArtimTimeout);
        }
    }

    private async ValueTask OnTimerExpiredAsync()
    {
        var state = _machine.State;
        if (_machine.TryFire(UpperLayerEvent.Evt18ArtimExpired) is UpperLayerAction.Aa2CloseTransport)
        {
            // Sta2: no A-ASSOCIATE-RQ in time. Sta13: the peer did not close after a rejection, release or abort.
            if (state == UpperLayerState.Sta2)
                Fail(new UpperLayerException(UpperLayerFault.Timeout, $"no A-ASSOCIATE-RQ within the ARTIM timeout of {_options.ArtimTimeout}."));
            return;
        }

        // TeleRad's own bounds (idle, waiting for an AC/RJ or an RP) are not table events: they end the association
        // with an A-ABORT request (Evt15).
        var limit = state == UpperLayerState.Sta6 ? _options.IdleTimeout : _options.ArtimTimeout;
        Fail(new UpperLayerException(UpperLayerFault.Timeout, $"no PDU received for {limit} in state {state}."));
        await AbortLocallyAsync(AbortSource.ServiceUser, AbortReason.NotSpecified).ConfigureAwait(false);
    }

    private void OnClosedLocally()
    {
        // Disposal closed the connection under the machine: every state goes to Sta1 when the transport closes.
        if (_machine.State != UpperLayerState.Sta13)
            Fail(new UpperLayerException(UpperLayerFault.Aborted, $"the connection was closed locally in state {_machine.State}."));
        _machine.TryFire(UpperLayerEvent.Evt17TransportClosed);
    }

    private async Task EndAsync()
    {
        _lifetime.Cancel();
        await _connection.Input.CompleteAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        if (_established.TrySetException(Failure ?? new UpperLayerException(UpperLayerFault.ConnectionClosed, "the association ended before it was established.")))
            _ = _established.Task.Exception; // observed: nobody may be waiting (an acceptor's rejected association)
        if (_user is { } user)
        {
            try
            {
                await user.OnEndedAsync(this, Failure).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The association is over; a failing user cannot change that.
            }
        }

        lock (_timerGate)
        {
            _timersDisposed = true;
            _timer.Dispose();
            foreach (var spent in _spentTimers)
                spent.Dispose();
        }

        _ended.TrySetResult();
    }
}
