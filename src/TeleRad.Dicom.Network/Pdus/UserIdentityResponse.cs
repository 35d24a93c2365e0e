namespace TeleRad.Dicom.Network.Pdus;

/// <summary>The User Identity Negotiation sub-item of an A-ASSOCIATE-AC (PS3.7 annex D.3.3.7.2).</summary>
/// <param name="ServerResponse">The server response (a Kerberos or SAML response, a JWT); empty for a username.</param>
public sealed record UserIdentityResponse(byte[] ServerResponse)
{
    /// <inheritdoc />
    public override string ToString() => $"UserIdentityResponse {{ ServerResponse = {ServerResponse.Length} bytes }}";
}
