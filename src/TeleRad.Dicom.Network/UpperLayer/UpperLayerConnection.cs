using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>
/// The transport of one association: a TCP socket (Nagle off, PEERS.md) with one receive loop filling a pipe and one
/// send loop draining another (TeleRad style guide section 5). PDUs are written whole under a lock and flushed, so
/// the pipe's back-pressure holds a sender back while the peer does not read.
/// </summary>
internal sealed class UpperLayerConnection : IAsyncDisposable
{
    private const int ReceiveBufferSize = 16 * 1024;
    private const long SendPauseThreshold = 1024 * 1024;

    private readonly Socket _socket;
    private readonly Pipe _input;
    private readonly Pipe _output;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private Task _receiveLoop = Task.CompletedTask;
    private Task _sendLoop = Task.CompletedTask;
    private int _disposed;
    private bool _outputCompleted;

    /// <param name="socket">A connected socket, owned from now on.</param>
    /// <param name="maxPduLength">The largest PDU that is parsed; the input pipe must be able to hold one whole.</param>
    public UpperLayerConnection(Socket socket, uint maxPduLength)
    {
        _socket = socket;
        _socket.NoDelay = true;
        RemoteEndPoint = socket.RemoteEndPoint as IPEndPoint;
        LocalEndPoint = socket.LocalEndPoint as IPEndPoint;
        // A PDU is parsed only once all of it is buffered: the pause threshold must exceed the largest PDU accepted,
        // or the receive loop would wait for the parser and the parser for the receive loop.
        var pause = (long)maxPduLength + PduReader.HeaderLength + ReceiveBufferSize;
        _input = new Pipe(new PipeOptions(pauseWriterThreshold: pause, resumeWriterThreshold: pause / 2, useSynchronizationContext: false));
        _output = new Pipe(new PipeOptions(pauseWriterThreshold: SendPauseThreshold, resumeWriterThreshold: SendPauseThreshold / 2, useSynchronizationContext: false));
    }

    /// <summary>The peer's address.</summary>
    public IPEndPoint? RemoteEndPoint { get; }

    /// <summary>This side's address.</summary>
    public IPEndPoint? LocalEndPoint { get; }

    /// <summary>What the peer sent; completes (without error) when the peer closes or the connection breaks.</summary>
    public PipeReader Input => _input.Reader;

    /// <summary>Starts the receive and send loops.</summary>
    public void Start()
    {
        _receiveLoop = ReceiveLoopAsync();
        _sendLoop = SendLoopAsync();
    }

    /// <summary>Writes a whole PDU and waits until the send pipe accepts more (back-pressure).</summary>
    public async ValueTask SendAsync(Pdu pdu, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfOutputClosed();
            PduWriter.Write(pdu, _output.Writer);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Writes a P-DATA-TF carrying one PDV (PS3.8 section 9.3.5) and waits for the send pipe.</summary>
    public async ValueTask SendDataAsync(byte presentationContextId, bool isCommand, bool isLastFragment, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfOutputClosed();
            PduWriter.WriteDataTransferHeader(_output.Writer, presentationContextId, isCommand, isLastFragment, data.Length);
            _output.Writer.Write(data.Span);
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends what is queued, then half-closes (TCP FIN) so the peer sees the end after the last PDU. The socket stays
    /// open for reading until <see cref="DisposeAsync"/>: PS3.8 lets the peer close first (Sta13).
    /// </summary>
    public async Task ShutdownSendAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // A sender is stuck on back-pressure; disposal will close the socket anyway.
        }

        try
        {
            if (_outputCompleted)
                return;
            _outputCompleted = true;
            await _output.Writer.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }

        try
        {
            await _sendLoop.WaitAsync(cancellationToken).ConfigureAwait(false);
            _socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The connection is going away; there is nothing left to tell the peer.
        }
    }

    /// <summary>
    /// Closes the socket and waits for both loops. The owner of <see cref="Input"/> completes it after its last read.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _socket.Dispose();
        _output.Reader.CancelPendingRead();
        await Task.WhenAll(_receiveLoop, _sendLoop).ConfigureAwait(false);

        // A sender still inside SendAsync owns the writer; it fails on its flush (the reader is complete) and the
        // writer is then left to the garbage collector rather than completed concurrently.
        if (await _sendLock.WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false))
        {
            if (!_outputCompleted)
            {
                _outputCompleted = true;
                await _output.Writer.CompleteAsync().ConfigureAwait(false);
            }

            _sendLock.Release();
        }
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        var result = await _output.Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (result.IsCompleted)
            throw new UpperLayerException(UpperLayerFault.ConnectionClosed, "the transport connection closed while sending.");
    }

    private void ThrowIfOutputClosed()
    {
        if (_outputCompleted || Volatile.Read(ref _disposed) != 0)
            throw new UpperLayerException(UpperLayerFault.ConnectionClosed, "the transport connection is closed for sending.");
    }

    private async Task ReceiveLoopAsync()
    {
        var writer = _input.Writer;
        try
        {
            while (true)
            {
                var memory = writer.GetMemory(ReceiveBufferSize);
                var received = await _socket.ReceiveAsync(memory, SocketFlags.None).ConfigureAwait(false);
                if (received == 0)
                    break;
                writer.Advance(received);
                var result = await writer.FlushAsync().ConfigureAwait(false);
                if (result.IsCompleted || result.IsCanceled)
                    break;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A reset or a local close ends the stream like an orderly close: to the Upper Layer both are a transport
            // connection closed indication (Evt17).
        }
        finally
        {
            await writer.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async Task SendLoopAsync()
    {
        var reader = _output.Reader;
        Exception? error = null;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync().ConfigureAwait(false);
                var buffer = result.Buffer;
                try
                {
                    foreach (var segment in buffer)
                        await _socket.SendAsync(segment, SocketFlags.None).ConfigureAwait(false);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }

                if (result.IsCompleted || result.IsCanceled)
                    break;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            error = e;
        }
        finally
        {
            // Completing the reader makes the next FlushAsync report IsCompleted: senders learn the connection is gone.
            await reader.CompleteAsync(error).ConfigureAwait(false);
        }
    }
}
