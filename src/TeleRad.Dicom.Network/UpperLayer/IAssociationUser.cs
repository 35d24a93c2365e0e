using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>
/// The local user of an established association (the DIMSE layer): receives the P-DATA indications and learns how
/// the association ended. Calls come one at a time from the association's receive loop.
/// </summary>
internal interface IAssociationUser
{
    /// <summary>
    /// P-DATA indication (DT-2, AR-6): one PDV. Its data is valid only until the returned task completes; the receive
    /// loop reads nothing more meanwhile, which is the back-pressure toward the peer. Throwing aborts the association.
    /// </summary>
    ValueTask OnPDataAsync(Association association, PresentationDataValue value, CancellationToken cancellationToken);

    /// <summary>The association ended: released (<paramref name="failure"/> null) or aborted, rejected or broken.</summary>
    ValueTask OnEndedAsync(Association association, UpperLayerException? failure);
}
