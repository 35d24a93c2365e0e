namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A SOP Class Extended Negotiation sub-item (PS3.7 annex D.3.3.5): service-class specific bytes for a SOP class.</summary>
/// <param name="SopClassUid">The SOP class.</param>
/// <param name="ApplicationInformation">The service-class-application-information field, as defined by the service class in PS3.4.</param>
public sealed record ExtendedNegotiation(string SopClassUid, byte[] ApplicationInformation);
