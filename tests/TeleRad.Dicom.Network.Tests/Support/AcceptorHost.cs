using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>Accepts loopback connections (port 0) as bare Upper Layer associations, for tests below the DIMSE layer.</summary>
internal sealed class AcceptorHost : IAsyncDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly Channel<Association> _accepted = Channel.CreateUnbounded<Association>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Association> _all = [];
    private readonly Task _loop;

    public AcceptorHost(AssociationOptions options, IAssociationAcceptor acceptor)
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(8);
        _loop = AcceptLoopAsync(options, acceptor);
    }

    public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndPoint!;

    public int Port => EndPoint.Port;

    /// <summary>The next association accepted.</summary>
    public async Task<Association> NextAsync()
    {
        using var timeout = new CancellationTokenSource(ScriptedPeer.Patience);
        return await _accepted.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Dispose();
        await _loop;
        foreach (var association in _all)
            await association.DisposeAsync();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(AssociationOptions options, IAssociationAcceptor acceptor)
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptAsync(_stop.Token);
                var association = Association.Accept(socket, options, acceptor);
                _all.Add(association);
                await _accepted.Writer.WriteAsync(association);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }
}
