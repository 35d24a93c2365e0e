namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// The User Identity Negotiation sub-item of an A-ASSOCIATE-RQ (PS3.7 annex D.3.3.7.1). The fields are credentials:
/// never log them.
/// </summary>
/// <param name="IdentityType">What the primary (and secondary) field holds.</param>
/// <param name="PositiveResponseRequested">The requestor wants a User Identity sub-item back in the AC.</param>
/// <param name="PrimaryField">Username, ticket, assertion or token.</param>
/// <param name="SecondaryField">The passcode for <see cref="UserIdentityType.UsernameAndPasscode"/>, else empty.</param>
public sealed record UserIdentityRequest(UserIdentityType IdentityType, bool PositiveResponseRequested, byte[] PrimaryField, byte[] SecondaryField)
{
    /// <inheritdoc />
    public override string ToString() => $"UserIdentityRequest {{ IdentityType = {IdentityType}, PositiveResponseRequested = {PositiveResponseRequested} }}";
}
