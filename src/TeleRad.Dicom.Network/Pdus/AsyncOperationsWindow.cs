namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// The Asynchronous Operations Window sub-item (PS3.7 annex D.3.3.3): how many operations may be outstanding at once.
/// Zero means unlimited; without the sub-item both are 1 (synchronous operation).
/// </summary>
/// <param name="MaxOperationsInvoked">Outstanding operations the requestor may invoke.</param>
/// <param name="MaxOperationsPerformed">Outstanding operations the requestor may perform.</param>
public readonly record struct AsyncOperationsWindow(ushort MaxOperationsInvoked, ushort MaxOperationsPerformed)
{
    /// <summary>The default without negotiation: one operation at a time each way.</summary>
    public static AsyncOperationsWindow Synchronous { get; } = new(1, 1);
}
