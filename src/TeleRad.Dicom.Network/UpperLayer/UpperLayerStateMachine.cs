namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>
/// The state of one association's Upper Layer protocol machine (PS3.8 section 9.2). <see cref="Fire"/> looks the event
/// up in table 9-10 and moves to the action's next state (tables 9-6 to 9-9) atomically; the caller then performs the
/// action's side effects (sending, closing, indicating). Events come from the receive loop and from the local user, so
/// transitions are serialised by a lock.
/// </summary>
internal sealed class UpperLayerStateMachine(bool isRequestor)
{
    private readonly Lock _gate = new();
    private UpperLayerState _state = UpperLayerState.Sta1;

    /// <summary>True on the association-requestor's side (decides AR-8).</summary>
    public bool IsRequestor { get; } = isRequestor;

    /// <summary>The current state.</summary>
    public UpperLayerState State
    {
        get
        {
            lock (_gate)
                return _state;
        }
    }

    /// <summary>
    /// Applies <paramref name="evt"/>: returns the action of table 9-10 and enters its next state.
    /// <paramref name="acceptable"/> is AE-6's condition: whether the service-provider accepts the A-ASSOCIATE-RQ.
    /// Throws <see cref="InvalidOperationException"/> for a blank cell.
    /// </summary>
    public UpperLayerAction Fire(UpperLayerEvent evt, bool acceptable = true)
    {
        lock (_gate)
        {
            var action = UpperLayerStateTable.Lookup(_state, evt)
                ?? throw new InvalidOperationException($"{evt} is not valid in state {_state} (PS3.8 table 9-10).");
            _state = NextState(action, acceptable);
            return action;
        }
    }

    /// <summary>Like <see cref="Fire"/>, but returns null instead of throwing for a blank cell.</summary>
    public UpperLayerAction? TryFire(UpperLayerEvent evt)
    {
        lock (_gate)
        {
            var action = UpperLayerStateTable.Lookup(_state, evt);
            if (action is { } a)
                _state = NextState(a, acceptable: true);
            return action;
        }
    }

    private UpperLayerState NextState(UpperLayerAction action, bool acceptable) => action switch
    {
        UpperLayerAction.Ae1IssueTransportConnect => UpperLayerState.Sta4,
        UpperLayerAction.Ae2SendAssociateRq => UpperLayerState.Sta5,
        UpperLayerAction.Ae3ConfirmAccept => UpperLayerState.Sta6,
        UpperLayerAction.Ae4ConfirmReject => UpperLayerState.Sta1,
        UpperLayerAction.Ae5AcceptTransportConnection => UpperLayerState.Sta2,
        UpperLayerAction.Ae6ExamineAssociateRq => acceptable ? UpperLayerState.Sta3 : UpperLayerState.Sta13,
        UpperLayerAction.Ae7SendAssociateAc => UpperLayerState.Sta6,
        UpperLayerAction.Ae8SendAssociateRj => UpperLayerState.Sta13,
        UpperLayerAction.Dt1SendPData or UpperLayerAction.Dt2IndicatePData => UpperLayerState.Sta6,
        UpperLayerAction.Ar1SendReleaseRq => UpperLayerState.Sta7,
        UpperLayerAction.Ar2IndicateRelease => UpperLayerState.Sta8,
        UpperLayerAction.Ar3ConfirmReleaseAndClose => UpperLayerState.Sta1,
        UpperLayerAction.Ar4SendReleaseRp => UpperLayerState.Sta13,
        UpperLayerAction.Ar5StopArtim => UpperLayerState.Sta1,
        UpperLayerAction.Ar6IndicatePData => UpperLayerState.Sta7,
        UpperLayerAction.Ar7SendPData => UpperLayerState.Sta8,
        UpperLayerAction.Ar8IndicateReleaseCollision => IsRequestor ? UpperLayerState.Sta9 : UpperLayerState.Sta10,
        UpperLayerAction.Ar9SendReleaseRp => UpperLayerState.Sta11,
        UpperLayerAction.Ar10ConfirmRelease => UpperLayerState.Sta12,
        UpperLayerAction.Aa1SendAbort or UpperLayerAction.Aa6IgnorePdu or UpperLayerAction.Aa7SendAbort
            or UpperLayerAction.Aa8SendProviderAbort => UpperLayerState.Sta13,
        _ => UpperLayerState.Sta1, // AA-2, AA-3, AA-4, AA-5
    };
}
