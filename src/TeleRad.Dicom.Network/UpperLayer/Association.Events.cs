using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using static TeleRad.Dicom.Network.UpperLayer.UpperLayerAction;
using static TeleRad.Dicom.Network.UpperLayer.UpperLayerEvent;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>The received-PDU events of table 9-10 (PS3.8 section 9.2.3) and the side effects of their actions.</summary>
public sealed partial class Association
{
    private ValueTask OnPduAsync(Pdu pdu) => pdu switch
    {
        AssociateRequestPdu rq => OnAssociateRequestAsync(rq),
        AssociateAcceptPdu ac => OnAssociateAcceptAsync(ac),
        AssociateRejectPdu rj => OnAssociateRejectAsync(rj),
        DataTransferPdu data => OnDataTransferAsync(data),
        ReleaseRequestPdu => OnReleaseRequestAsync(),
        ReleaseResponsePdu => OnReleaseResponseAsync(),
        AbortPdu abort => OnAbortAsync(abort),
        _ => throw new InvalidOperationException($"No event for {pdu.Type}."),
    };

    /// <summary>Evt6: A-ASSOCIATE-RQ received. In Sta2, AE-6 and then the local user's response (AE-7 or AE-8).</summary>
    private async ValueTask OnAssociateRequestAsync(AssociateRequestPdu request)
    {
        if (_machine.State != UpperLayerState.Sta2 || _acceptor is null)
        {
            await PerformUnexpectedAsync(_machine.State, _machine.Fire(Evt6AssociateRequestReceived), PduType.AssociateRequest).ConfigureAwait(false);
            return;
        }

        _request = request;
        CallingAETitle = request.CallingAETitle;
        CalledAETitle = request.CalledAETitle;
        UserIdentity = request.UserInformation.UserIdentity;

        // AE-6 "acceptable by service-provider": a version this implementation speaks (PS3.8 table 9-11: test bit 0
        // only), a usable Maximum Length, and whatever the acceptor's provider policy checks (e.g. capacity).
        var providerRejection = (request.ProtocolVersion & 1) == 0
            ? AssociateRejection.ProtocolVersionNotSupported
            : request.UserInformation.MaxLength is > 0 and < AssociationOptions.MinimumPduLength
                ? new AssociateRejection(AssociateRejectResult.Permanent, AssociateRejectSource.ServiceProviderAcse, 1)
                : _acceptor.CheckServiceProvider(this, request);
        _machine.Fire(Evt6AssociateRequestReceived, acceptable: providerRejection is null);
        if (providerRejection is { } rejection)
        {
            await RejectAsync(rejection).ConfigureAwait(false); // AE-6 "otherwise": RJ and ARTIM, now in Sta13
            return;
        }

        // Sta3: A-ASSOCIATE indication to the local user, who answers at once.
        AssociationResponse response;
        try
        {
            response = _acceptor.Respond(this, request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(new UpperLayerException(UpperLayerFault.Aborted, "the association acceptor failed.", e));
            await AbortLocallyAsync(AbortSource.ServiceProvider, AbortReason.NotSpecified).ConfigureAwait(false);
            return;
        }

        if (response.Accept is { } accept)
        {
            _machine.Fire(Evt7AssociateAccept); // AE-7
            ApplyNegotiation(request, accept);
            _user = response.User;
            if (await TrySendAsync(accept).ConfigureAwait(false))
                _established.TrySetResult();
            return;
        }

        _machine.Fire(Evt8AssociateReject); // AE-8
        await RejectAsync(response.Rejection ?? AssociateRejection.NoReasonGiven).ConfigureAwait(false);
    }

    /// <summary>Evt3: A-ASSOCIATE-AC received; AE-3 in Sta5.</summary>
    private async ValueTask OnAssociateAcceptAsync(AssociateAcceptPdu accept)
    {
        var state = _machine.State;
        var action = _machine.Fire(Evt3AssociateAcceptReceived);
        if (action != Ae3ConfirmAccept)
        {
            await PerformUnexpectedAsync(state, action, PduType.AssociateAccept).ConfigureAwait(false);
            return;
        }

        try
        {
            ApplyNegotiation(_request!, accept);
        }
        catch (UpperLayerException e)
        {
            Fail(e);
            await AbortLocallyAsync(AbortSource.ServiceProvider, e.Fault.ToAbortReason()).ConfigureAwait(false);
            return;
        }

        _established.TrySetResult();
    }

    /// <summary>Evt4: A-ASSOCIATE-RJ received; AE-4 in Sta5 (the transport is closed on leaving the loop).</summary>
    private async ValueTask OnAssociateRejectAsync(AssociateRejectPdu reject)
    {
        var state = _machine.State;
        var action = _machine.Fire(Evt4AssociateRejectReceived);
        if (action != Ae4ConfirmReject)
        {
            await PerformUnexpectedAsync(state, action, PduType.AssociateReject).ConfigureAwait(false);
            return;
        }

        Rejection = reject.Rejection;
        Fail(new UpperLayerException(reject.Rejection));
    }

    /// <summary>Evt10: P-DATA-TF received; DT-2 in Sta6 and AR-6 in Sta7 hand each PDV to the local user.</summary>
    private async ValueTask OnDataTransferAsync(DataTransferPdu data)
    {
        var state = _machine.State;
        var action = _machine.Fire(Evt10PDataReceived);
        if (action is not (Dt2IndicatePData or Ar6IndicatePData))
        {
            await PerformUnexpectedAsync(state, action, PduType.DataTransfer).ConfigureAwait(false);
            return;
        }

        if (_user is null)
            return;
        foreach (var value in data.Values)
        {
            try
            {
                await _user.OnPDataAsync(this, value, _lifetime.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
            {
                return; // The association is being aborted; the user stopped because of it.
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The DIMSE layer could not make sense of the data (or failed itself): A-ABORT (Evt15).
                // Only DIMSE and Upper Layer messages are known to be free of element values; others are named by type.
                var detail = e is DimseException or UpperLayerException ? e.Message : e.GetType().Name;
                Fail(e as UpperLayerException ?? new UpperLayerException(UpperLayerFault.Aborted, $"the DIMSE layer failed: {detail}", e));
                await AbortLocallyAsync(AbortSource.ServiceUser, AbortReason.NotSpecified).ConfigureAwait(false);
                return;
            }
        }
    }

    /// <summary>
    /// Evt12: A-RELEASE-RQ received. AR-2 in Sta6 (TeleRad's local user answers at once: Evt14, AR-4); AR-8 in Sta7,
    /// a release collision (PS3.8 section 9.2.3): the requestor answers at once (AR-9), the acceptor waits for the
    /// requestor's A-RELEASE-RP first (Sta10).
    /// </summary>
    private async ValueTask OnReleaseRequestAsync()
    {
        var state = _machine.State;
        var action = _machine.Fire(Evt12ReleaseRequestReceived);
        switch (action)
        {
            case Ar2IndicateRelease:
            case Ar8IndicateReleaseCollision when IsRequestor:
                await RespondToReleaseAsync().ConfigureAwait(false);
                break;
            case Ar8IndicateReleaseCollision:
                break; // Sta10: the requestor's A-RELEASE-RP comes next.
            default:
                await PerformUnexpectedAsync(state, action, PduType.ReleaseRequest).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// Evt13: A-RELEASE-RP received. AR-3 in Sta7 and Sta11 (released; the transport closes on leaving the loop);
    /// AR-10 in Sta10, after which the acceptor answers the collision (Sta12: Evt14, AR-4).
    /// </summary>
    private async ValueTask OnReleaseResponseAsync()
    {
        var state = _machine.State;
        var action = _machine.Fire(Evt13ReleaseResponseReceived);
        switch (action)
        {
            case Ar3ConfirmReleaseAndClose:
                break;
            case Ar10ConfirmRelease:
                await RespondToReleaseAsync().ConfigureAwait(false);
                break;
            default:
                await PerformUnexpectedAsync(state, action, PduType.ReleaseResponse).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Evt16: A-ABORT received. AA-3 reports it; AA-2 (Sta2, Sta13) just closes.</summary>
    private ValueTask OnAbortAsync(AbortPdu abort)
    {
        var state = _machine.State;
        var action = _machine.Fire(Evt16AbortReceived);
        if (action == Aa3IndicateAbort || state == UpperLayerState.Sta2)
            Fail(new UpperLayerException(abort.Source, abort.Reason));
        return ValueTask.CompletedTask;
    }

    /// <summary>Evt17: the transport connection closed. AA-5 (Sta2), AR-5 (Sta13: the normal end) or AA-4.</summary>
    private ValueTask OnTransportClosedAsync()
    {
        var state = _machine.State;
        var action = _machine.TryFire(Evt17TransportClosed);
        if (action is Aa4IndicateProviderAbort or Aa5StopArtim)
            Fail(new UpperLayerException(UpperLayerFault.ConnectionClosed, $"the peer closed the transport connection in state {state}."));
        return ValueTask.CompletedTask;
    }

    /// <summary>Evt19: unrecognized or invalid PDU. AA-1 (Sta2), AA-8, or AA-7 (Sta13), with the fault's reason.</summary>
    private async ValueTask OnInvalidPduAsync(UpperLayerException fault)
    {
        _discardInput = true;
        var action = _machine.TryFire(Evt19InvalidPdu);
        if (action is null)
            return;
        if (action != Aa7SendAbort)
            Fail(fault);
        await SendAbortAsync(AbortSource.ServiceProvider, fault.Fault.ToAbortReason()).ConfigureAwait(false);
    }

    /// <summary>
    /// The actions of a PDU that arrives where table 9-10 does not expect it: AA-1 and AA-8 send an A-ABORT with
    /// reason unexpected-PDU (TeleRad sends AA-1's as service-provider too: the fault is a protocol error, not a user
    /// request), AA-7 sends one in Sta13, AA-6 ignores the PDU, AA-2 closes.
    /// </summary>
    private async ValueTask PerformUnexpectedAsync(UpperLayerState state, UpperLayerAction action, PduType received)
    {
        switch (action)
        {
            case Aa1SendAbort or Aa8SendProviderAbort:
                Fail(new UpperLayerException(UpperLayerFault.UnexpectedPdu, $"{received} PDU received in state {state}."));
                await SendAbortAsync(AbortSource.ServiceProvider, AbortReason.UnexpectedPdu).ConfigureAwait(false);
                break;
            case Aa7SendAbort:
                await SendAbortAsync(AbortSource.ServiceProvider, AbortReason.UnexpectedPdu).ConfigureAwait(false);
                break;
            case Aa6IgnorePdu or Aa2CloseTransport:
                break;
            default:
                throw new InvalidOperationException($"{action} is not an action for an unexpected {received} PDU.");
        }
    }

    /// <summary>Evt14 from TeleRad's local user, who always agrees to release: AR-4 (Sta8, Sta12) or AR-9 (Sta9).</summary>
    private async ValueTask RespondToReleaseAsync()
    {
        var action = _machine.Fire(Evt14ReleaseResponse);
        if (action == Ar4SendReleaseRp)
        {
            RestartArtim();
            await TrySendAsync(ReleaseResponsePdu.Instance).ConfigureAwait(false);
            await ShutdownSendAsync().ConfigureAwait(false);
        }
        else
        {
            await TrySendAsync(ReleaseResponsePdu.Instance).ConfigureAwait(false); // AR-9, now Sta11
        }
    }

    /// <summary>AE-6 "otherwise" and AE-8: send the A-ASSOCIATE-RJ, start ARTIM; the machine is in Sta13.</summary>
    private async ValueTask RejectAsync(AssociateRejection rejection)
    {
        Rejection = rejection;
        Fail(new UpperLayerException(rejection));
        RestartArtim();
        await TrySendAsync(new AssociateRejectPdu(rejection)).ConfigureAwait(false);
        await ShutdownSendAsync().ConfigureAwait(false);
    }

    /// <summary>Evt15, A-ABORT request of the local user: AA-1 (send A-ABORT, ARTIM, Sta13) or AA-2 (Sta4).</summary>
    private async ValueTask AbortLocallyAsync(AbortSource source, AbortReason reason)
    {
        _lifetime.Cancel();
        if (_machine.TryFire(Evt15AbortRequest) == Aa1SendAbort)
            await SendAbortAsync(source, reason).ConfigureAwait(false);
    }

    /// <summary>Sends an A-ABORT and half-closes; the machine is in Sta13 and waits (ARTIM) for the peer to close.</summary>
    private async ValueTask SendAbortAsync(AbortSource source, AbortReason reason)
    {
        _lifetime.Cancel();
        RestartArtim();
        await TrySendAsync(new AbortPdu(source, reason)).ConfigureAwait(false);
        await ShutdownSendAsync().ConfigureAwait(false);
    }

    /// <summary>Sends a control PDU, waiting at most the ARTIM timeout; a broken connection shows up as Evt17 later.</summary>
    private async ValueTask<bool> TrySendAsync(Pdu pdu)
    {
        using var timeout = new CancellationTokenSource(_options.ArtimTimeout);
        try
        {
            await _connection.SendAsync(pdu, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is UpperLayerException or OperationCanceledException)
        {
            Fail(new UpperLayerException(UpperLayerFault.ConnectionClosed, $"the {pdu.Type} PDU could not be sent.", e));
            return false;
        }
    }

    private async ValueTask ShutdownSendAsync()
    {
        using var timeout = new CancellationTokenSource(_options.ArtimTimeout);
        await _connection.ShutdownSendAsync(timeout.Token).ConfigureAwait(false);
    }
}
