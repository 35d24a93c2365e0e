using System.Buffers;
using System.Net;
using System.Net.Sockets;
using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>
/// A scripted fake DICOM peer over a raw socket (TeleRad style guide section 7): it sends whatever bytes or PDUs a
/// test tells it to and reads PDUs back, so tests can drive an association into any state, or send lies.
/// Every wait is bounded.
/// </summary>
internal sealed class ScriptedPeer : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Socket _socket;
    private readonly byte[] _receiveBuffer = new byte[64 * 1024];
    private byte[] _pending = [];

    private ScriptedPeer(Socket socket)
    {
        _socket = socket;
        _socket.NoDelay = true;
    }

    /// <summary>Connects to a server under test.</summary>
    public static async Task<ScriptedPeer> ConnectAsync(IPEndPoint endPoint)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(endPoint, timeout.Token);
        return new ScriptedPeer(socket);
    }

    /// <summary>Wraps a socket accepted by a test listener (the peer plays the acceptor).</summary>
    public static ScriptedPeer FromAccepted(Socket socket) => new(socket);

    public async Task SendAsync(byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(bytes, SocketFlags.None, timeout.Token);
    }

    public Task SendAsync(Pdu pdu)
    {
        var output = new ArrayBufferWriter<byte>();
        PduWriter.Write(pdu, output);
        return SendAsync(output.WrittenSpan.ToArray());
    }

    /// <summary>Reads the next PDU; null if the connection closes first.</summary>
    public async Task<Pdu?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (TryTake(out var pdu))
                return pdu;
            var received = await _socket.ReceiveAsync(_receiveBuffer, SocketFlags.None, timeout.Token);
            if (received == 0)
                return null;
            _pending = [.. _pending, .. _receiveBuffer.AsSpan(0, received)];
        }
    }

    /// <summary>Reads the next PDU, which must be a <typeparamref name="T"/>.</summary>
    public async Task<T> ReceiveAsync<T>()
        where T : Pdu
    {
        var pdu = await ReceiveAsync();
        return pdu.Should().BeOfType<T>().Subject;
    }

    /// <summary>True once the other side closes the connection (reading and discarding until then).</summary>
    public async Task<bool> WaitForCloseAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? Patience);
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(_receiveBuffer, SocketFlags.None, timeout.Token);
                if (received == 0)
                    return true;
            }
        }
        catch (SocketException)
        {
            return true; // reset by the peer: closed as well
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Close() => _socket.Close();

    /// <summary>Half-closes the connection: the other side reads end-of-stream after what was sent.</summary>
    public void ShutdownSend() => _socket.Shutdown(SocketShutdown.Send);

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private bool TryTake(out Pdu? pdu)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(_pending));
        if (!PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out pdu))
            return false;
        var rest = _pending[(int)reader.Consumed..];
        // Copy any P-DATA out of the buffer before it is replaced.
        if (pdu is DataTransferPdu data)
            pdu = new DataTransferPdu(data.Values.Select(v => new PresentationDataValue(v.PresentationContextId, v.IsCommand, v.IsLastFragment, v.Data.ToArray().AsMemory())).ToList());
        _pending = rest;
        return true;
    }
}
