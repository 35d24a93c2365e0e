using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network;

/// <summary>
/// A DICOM SCP: listens on a TCP endpoint and runs each incoming association (PS3.8) with its own receive and parse
/// loops, serving C-ECHO and, with a sink, C-STORE. Associations are capped; the called AE title must match and the
/// calling AE title may be restricted.
/// </summary>
public sealed class DicomServer : IAsyncDisposable
{
    private readonly DicomServerOptions _options;
    private readonly Socket _listener;
    private readonly Acceptor _acceptor;
    private readonly ConcurrentDictionary<Guid, Association> _live = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _active;
    private int _stopped;

    private DicomServer(DicomServerOptions options, Socket listener)
    {
        _options = options;
        _listener = listener;
        _acceptor = new Acceptor(this, options.BuildPolicy());
        LocalEndPoint = (IPEndPoint)listener.LocalEndPoint!;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>The bound address and port (the actual port when 0 was asked for).</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Connections being served now, established or not.</summary>
    public int ActiveAssociations => Volatile.Read(ref _active);

    /// <summary>Binds <see cref="DicomServerOptions.EndPoint"/> and starts accepting associations.</summary>
    public static DicomServer Start(DicomServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var listener = new Socket(options.EndPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(options.EndPoint);
            listener.Listen(backlog: 128);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        return new DicomServer(options, listener);
    }

    /// <summary>
    /// Stops accepting, lets the live associations finish until <paramref name="cancellationToken"/> is cancelled,
    /// then aborts those still running.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            _listener.Dispose();
            await _acceptLoop.ConfigureAwait(false);
        }

        try
        {
            await Task.WhenAll(_live.Values.Select(a => a.Completion)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await Task.WhenAll(_live.Values.Select(a => a.DisposeAsync().AsTask())).ConfigureAwait(false);
        }
    }

    /// <summary>Stops at once, aborting live associations.</summary>
    public async ValueTask DisposeAsync()
    {
        using var now = new CancellationTokenSource();
        await now.CancelAsync().ConfigureAwait(false);
        await StopAsync(now.Token).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                break;
            }
            catch (SocketException)
            {
                continue; // One failed accept (e.g. the peer reset first) does not stop the server.
            }

            Interlocked.Increment(ref _active);
            var association = Association.Accept(socket, _options.Association, _acceptor);
            _live[association.Id] = association;
            _ = TrackAsync(association);
        }
    }

    private async Task TrackAsync(Association association)
    {
        await association.Completion.ConfigureAwait(false);
        _live.TryRemove(association.Id, out _);
        Interlocked.Decrement(ref _active); // before the callback, so an observer sees the slot free
        try
        {
            _options.AssociationEnded?.Invoke(association);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failing observer must not take the server down.
        }
    }

    /// <summary>The server's acceptance policy (PS3.8 section 7.1, AE-6 and the A-ASSOCIATE response).</summary>
    private sealed class Acceptor(DicomServer server, PresentationContextPolicy policy) : IAssociationAcceptor
    {
        public AssociateRejection? CheckServiceProvider(Association association, AssociateRequestPdu request) =>
            server.ActiveAssociations > server._options.MaxAssociations ? AssociateRejection.LocalLimitExceeded : null;

        public AssociationResponse Respond(Association association, AssociateRequestPdu request)
        {
            var options = server._options;
            if (!string.Equals(request.CalledAETitle, options.AETitle, StringComparison.Ordinal))
                return AssociationResponse.Rejected(AssociateRejection.CalledAETitleNotRecognized);
            if (options.AllowedCallingAETitles is { } allowed && !allowed.Contains(request.CallingAETitle))
                return AssociationResponse.Rejected(AssociateRejection.CallingAETitleNotRecognized);
            if (request.ApplicationContextName != AssociateRequestPdu.DicomApplicationContextName)
                return AssociationResponse.Rejected(AssociateRejection.ApplicationContextNotSupported);

            var accept = AssociationNegotiator.Accept(request, policy, options.MaxOperationsWindow, options.Association);
            return AssociationResponse.Accepted(accept, new ServiceProviderSession(options.StoreSink, options.QueryHandler, options.MaxCommandLength));
        }
    }
}
