using System.Net;
using System.Net.Sockets;
using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>
/// One DICOM association (PS3.8) on either side: the Upper Layer protocol machine of table 9-10 over a TCP
/// connection, with the negotiated parameters. The DIMSE layer (<see cref="DicomClient"/>, <see cref="DicomServer"/>)
/// sits on top; an association is not created directly.
/// </summary>
public sealed partial class Association : IAsyncDisposable
{
    private readonly UpperLayerConnection _connection;
    private readonly UpperLayerStateMachine _machine;
    private readonly AssociationOptions _options;
    private readonly IAssociationAcceptor? _acceptor;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource _established = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IAssociationUser? _user;
    private AssociateRequestPdu? _request;
    private UpperLayerException? _failure;
    private Task _readLoop = Task.CompletedTask;
    private int _disposed;

    private Association(Socket socket, UpperLayerStateMachine machine, AssociationOptions options, IAssociationUser? user, IAssociationAcceptor? acceptor)
    {
        _connection = new UpperLayerConnection(socket, options.Limits.MaxPduLength);
        _machine = machine;
        _options = options;
        _user = user;
        _acceptor = acceptor;
    }

    /// <summary>An identifier TeleRad issues for logs (never derived from patient data).</summary>
    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>True on the association-requestor's side.</summary>
    public bool IsRequestor => _machine.IsRequestor;

    /// <summary>The protocol machine's current state.</summary>
    public UpperLayerState State => _machine.State;

    /// <summary>The peer's address.</summary>
    public IPEndPoint? RemoteEndPoint => _connection.RemoteEndPoint;

    /// <summary>This side's address.</summary>
    public IPEndPoint? LocalEndPoint => _connection.LocalEndPoint;

    /// <summary>The calling AE title of the A-ASSOCIATE-RQ (the requestor's).</summary>
    public string CallingAETitle { get; private set; } = string.Empty;

    /// <summary>The called AE title of the A-ASSOCIATE-RQ (the acceptor's, as the requestor named it).</summary>
    public string CalledAETitle { get; private set; } = string.Empty;

    /// <summary>Every proposed presentation context with its result, once negotiated.</summary>
    public IReadOnlyList<PresentationContext> PresentationContexts { get; private set; } = [];

    /// <summary>The largest P-DATA-TF this side sends: the peer's Maximum Length, capped by this side's own.</summary>
    public uint MaxSendPduLength { get; private set; }

    /// <summary>The Maximum Length this side advertised.</summary>
    public uint MaxReceivePduLength => _options.MaxPduLength;

    /// <summary>The peer's Implementation Class UID, if it sent one.</summary>
    public string? PeerImplementationClassUid { get; private set; }

    /// <summary>The peer's Implementation Version Name, if it sent one.</summary>
    public string? PeerImplementationVersionName { get; private set; }

    /// <summary>The negotiated asynchronous operations window (1, 1 unless the acceptor answered otherwise).</summary>
    public AsyncOperationsWindow OperationsWindow { get; private set; } = AsyncOperationsWindow.Synchronous;

    /// <summary>The SCP/SCU role selections the acceptor answered.</summary>
    public IReadOnlyList<RoleSelection> RoleSelections { get; private set; } = [];

    /// <summary>The SOP class extended negotiation sub-items the acceptor answered.</summary>
    public IReadOnlyList<ExtendedNegotiation> ExtendedNegotiations { get; private set; } = [];

    /// <summary>The requestor's user identity (credentials: never log them), if it sent one.</summary>
    public UserIdentityRequest? UserIdentity { get; private set; }

    /// <summary>The acceptor's user identity response, if any.</summary>
    public UserIdentityResponse? UserIdentityResponse { get; private set; }

    /// <summary>The A-ASSOCIATE-RJ sent or received, if the association was rejected.</summary>
    public AssociateRejection? Rejection { get; private set; }

    /// <summary>Why the association ended abnormally; null while it runs and after a normal release.</summary>
    public UpperLayerException? Failure => Volatile.Read(ref _failure);

    /// <summary>Completes (never faults) once the association has ended and its connection is closed.</summary>
    public Task Completion => _ended.Task;

    /// <summary>The largest PDV data that fits one P-DATA-TF toward the peer.</summary>
    internal int MaxFragmentLength => (int)Math.Min(MaxSendPduLength - 6, int.MaxValue);

    /// <summary>
    /// Requests an association: AE-1 (connect), AE-2 (send the A-ASSOCIATE-RQ), then waits in Sta5 for the answer.
    /// Returns once accepted (AE-3); throws <see cref="UpperLayerException"/> when rejected (AE-4), aborted, closed or
    /// timed out.
    /// </summary>
    internal static async Task<Association> RequestAsync(string host, int port, AssociateRequestPdu request, AssociationOptions options, IAssociationUser user, CancellationToken cancellationToken)
    {
        options.Validate();
        var machine = new UpperLayerStateMachine(isRequestor: true);
        machine.Fire(UpperLayerEvent.Evt1AssociateRequest);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connect.CancelAfter(options.ConnectTimeout);
            await socket.ConnectAsync(host, port, connect.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            socket.Dispose();
            if (cancellationToken.IsCancellationRequested)
            {
                machine.Fire(UpperLayerEvent.Evt15AbortRequest); // AA-2 in Sta4
                throw;
            }

            machine.Fire(UpperLayerEvent.Evt17TransportClosed); // AA-4 in Sta4
            throw e is SocketException s
                ? new UpperLayerException(UpperLayerFault.ConnectionClosed, $"could not connect to port {port}: {s.SocketErrorCode}.", e)
                : new UpperLayerException(UpperLayerFault.Timeout, $"no TCP connection within {options.ConnectTimeout}.", e);
        }

        var association = new Association(socket, machine, options, user, acceptor: null)
        {
            _request = request,
            CallingAETitle = request.CallingAETitle,
            CalledAETitle = request.CalledAETitle,
            UserIdentity = request.UserInformation.UserIdentity,
        };
        association._connection.Start();
        machine.Fire(UpperLayerEvent.Evt2TransportConnectConfirm); // AE-2
        association.StartReadLoop();
        await association.TrySendAsync(request).ConfigureAwait(false);
        try
        {
            await association._established.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            return association;
        }
        catch
        {
            await association.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Takes an incoming connection: AE-5 (Sta2, ARTIM running) and the receive loop. The association is negotiated
    /// when its A-ASSOCIATE-RQ arrives; <see cref="Completion"/> tells when it is over.
    /// </summary>
    internal static Association Accept(Socket socket, AssociationOptions options, IAssociationAcceptor acceptor)
    {
        var machine = new UpperLayerStateMachine(isRequestor: false);
        machine.Fire(UpperLayerEvent.Evt5TransportConnectIndication);
        var association = new Association(socket, machine, options, user: null, acceptor);
        association._connection.Start();
        association.StartReadLoop();
        return association;
    }

    /// <summary>
    /// Releases the association (AR-1, then AR-3 on the peer's A-RELEASE-RP, or the release collision of PS3.8
    /// section 9.2.3). Waits at most the ARTIM timeout for the answer; throws <see cref="UpperLayerException"/> if the
    /// association ends any other way. Releasing an association that was already released does nothing.
    /// </summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        if (_machine.TryFire(UpperLayerEvent.Evt11ReleaseRequest) is null)
        {
            if (_ended.Task.IsCompleted && Failure is null)
                return;
            throw Failure is { } failure
                ? new UpperLayerException(failure, "the association ended before it could be released.")
                : new InvalidOperationException($"A-RELEASE is not possible in state {State} (PS3.8 table 9-10).");
        }

        RestartArtim();
        await TrySendAsync(ReleaseRequestPdu.Instance).ConfigureAwait(false);
        try
        {
            await _ended.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await AbortAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        if (Failure is { } ended)
            throw new UpperLayerException(ended, "the association ended before the release completed.");
    }

    /// <summary>
    /// Aborts the association (A-ABORT, service-user source: AA-1) and waits until the connection is closed, which
    /// the ARTIM timer bounds. Aborting an association that has ended does nothing.
    /// </summary>
    public async Task AbortAsync(CancellationToken cancellationToken = default)
    {
        if (_ended.Task.IsCompleted)
            return;
        Fail(new UpperLayerException(UpperLayerFault.Aborted, "aborted by the local user."));
        await AbortLocallyAsync(AbortSource.ServiceUser, AbortReason.NotSpecified).ConfigureAwait(false);
        await _ended.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Aborts the association if it is still active, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && !_ended.Task.IsCompleted)
        {
            if (State is not (UpperLayerState.Sta1 or UpperLayerState.Sta2 or UpperLayerState.Sta13))
            {
                Fail(new UpperLayerException(UpperLayerFault.Aborted, "the association was disposed while active."));
                await AbortLocallyAsync(AbortSource.ServiceUser, AbortReason.NotSpecified).ConfigureAwait(false);
            }

            if (State == UpperLayerState.Sta13)
                await WaitForEndAsync(_options.ArtimTimeout).ConfigureAwait(false);
            if (!_ended.Task.IsCompleted)
            {
                // Sta2 (no request yet) or a peer that does not close: close from this side.
                _closeRequested = true;
                _connection.Input.CancelPendingRead();
            }
        }

        await _ended.Task.ConfigureAwait(false);
    }

    /// <summary>
    /// P-DATA request (Evt9): sends one PDV in its own P-DATA-TF (DT-1, or AR-7 after the peer asked to release).
    /// </summary>
    internal async ValueTask SendPDataAsync(byte presentationContextId, bool isCommand, bool isLastFragment, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        if (_machine.TryFire(UpperLayerEvent.Evt9PDataRequest) is null)
            throw Ended("P-DATA cannot be sent");
        try
        {
            await _connection.SendDataAsync(presentationContextId, isCommand, isLastFragment, data, cancellationToken).ConfigureAwait(false);
        }
        catch (UpperLayerException e)
        {
            throw Failure is null ? e : Ended("P-DATA could not be sent");
        }
    }

    /// <summary>The exception for an operation on an association that has ended (or is ending).</summary>
    internal Exception Ended(string what) => Failure is { } failure
        ? new UpperLayerException(failure, $"{what}: the association has ended.")
        : new UpperLayerException(UpperLayerFault.ConnectionClosed, $"{what}: the association is in state {State}.");

    private async Task WaitForEndAsync(TimeSpan timeout)
    {
        try
        {
            await _ended.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The caller closes from this side.
        }
    }

    /// <summary>Records the first reason the association fails; later ones are consequences.</summary>
    private void Fail(UpperLayerException failure)
    {
        if (Interlocked.CompareExchange(ref _failure, failure, null) is null && _established.TrySetException(failure))
            _ = _established.Task.Exception; // observed: nobody may be waiting (an acceptor's rejected association)
    }
}
