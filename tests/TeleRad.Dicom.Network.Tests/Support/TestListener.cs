using System.Net;
using System.Net.Sockets;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>A loopback listener on port 0 for tests where the scripted peer plays the association-acceptor.</summary>
internal sealed class TestListener : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public TestListener()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _socket.Listen(8);
    }

    public int Port => ((IPEndPoint)_socket.LocalEndPoint!).Port;

    public async Task<ScriptedPeer> AcceptAsync()
    {
        using var timeout = new CancellationTokenSource(ScriptedPeer.Patience);
        var socket = await _socket.AcceptAsync(timeout.Token);
        return ScriptedPeer.FromAccepted(socket);
    }

    public void Dispose() => _socket.Dispose();
}
