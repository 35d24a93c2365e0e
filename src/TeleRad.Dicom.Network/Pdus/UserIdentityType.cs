namespace TeleRad.Dicom.Network.Pdus;

/// <summary>The User-Identity-Type of a User Identity Negotiation sub-item (PS3.7 table D.3-14).</summary>
public enum UserIdentityType : byte
{
    /// <summary>Username as a UTF-8 string.</summary>
    Username = 1,

    /// <summary>Username with a passcode (secondary field).</summary>
    UsernameAndPasscode = 2,

    /// <summary>Kerberos service ticket.</summary>
    Kerberos = 3,

    /// <summary>SAML assertion.</summary>
    Saml = 4,

    /// <summary>JSON Web Token.</summary>
    Jwt = 5,
}
