namespace TeleRad.Dicom.Network.Pdus;

public static partial class PduWriter
{
    /// <summary>The user information item's length including its header; validates every sub-item.</summary>
    private static int UserInformationLength(UserInformation info)
    {
        var length = 4;
        if (info.MaxLength is not null)
            length += 8;
        if (info.ImplementationClassUid is { } uid)
        {
            WireText.CheckUid(uid, nameof(info.ImplementationClassUid));
            length += 4 + uid.Length;
        }

        if (info.OperationsWindow is not null)
            length += 8;
        foreach (var role in info.RoleSelections)
        {
            WireText.CheckUid(role.SopClassUid, nameof(info.RoleSelections));
            length += 4 + 2 + role.SopClassUid.Length + 2;
        }

        if (info.ImplementationVersionName is { } name)
        {
            WireText.CheckVersionName(name, nameof(info.ImplementationVersionName));
            length += 4 + name.Length;
        }

        foreach (var extended in info.ExtendedNegotiations)
        {
            WireText.CheckUid(extended.SopClassUid, nameof(info.ExtendedNegotiations));
            length += CheckItemLength(4 + 2 + extended.SopClassUid.Length + extended.ApplicationInformation.Length, "SOP class extended negotiation");
        }

        if (info.UserIdentity is { } identity)
        {
            if (identity.PrimaryField.Length > ushort.MaxValue || identity.SecondaryField.Length > ushort.MaxValue)
                throw new ArgumentException("A user identity field is longer than its 2-byte length field allows.", nameof(info));
            length += CheckItemLength(4 + 1 + 1 + 2 + identity.PrimaryField.Length + 2 + identity.SecondaryField.Length, "user identity");
        }

        if (info.UserIdentityResponse is { } response)
            length += CheckItemLength(4 + 2 + response.ServerResponse.Length, "user identity response");
        return CheckItemLength(length, "user information");
    }

    private static void WriteUserInformation(ref SpanWriter writer, UserInformation info)
    {
        // Sub-items in ascending type order: some older applications expect it (PS3.8 section 9.3.2.3, note).
        writer.ItemHeader(ItemType.UserInformation, UserInformationLength(info) - 4);
        if (info.MaxLength is { } maxLength)
        {
            writer.ItemHeader(ItemType.MaximumLength, 4);
            writer.UInt32(maxLength);
        }

        if (info.ImplementationClassUid is { } uid)
        {
            writer.ItemHeader(ItemType.ImplementationClassUid, uid.Length);
            writer.Ascii(uid);
        }

        if (info.OperationsWindow is { } window)
        {
            writer.ItemHeader(ItemType.AsynchronousOperationsWindow, 4);
            writer.UInt16(window.MaxOperationsInvoked);
            writer.UInt16(window.MaxOperationsPerformed);
        }

        foreach (var role in info.RoleSelections)
        {
            writer.ItemHeader(ItemType.RoleSelection, 2 + role.SopClassUid.Length + 2);
            writer.UInt16((ushort)role.SopClassUid.Length);
            writer.Ascii(role.SopClassUid);
            writer.Byte(role.ScuRole ? (byte)1 : (byte)0);
            writer.Byte(role.ScpRole ? (byte)1 : (byte)0);
        }

        if (info.ImplementationVersionName is { } name)
        {
            writer.ItemHeader(ItemType.ImplementationVersionName, name.Length);
            writer.Ascii(name);
        }

        foreach (var extended in info.ExtendedNegotiations)
        {
            writer.ItemHeader(ItemType.SopClassExtendedNegotiation, 2 + extended.SopClassUid.Length + extended.ApplicationInformation.Length);
            writer.UInt16((ushort)extended.SopClassUid.Length);
            writer.Ascii(extended.SopClassUid);
            writer.Bytes(extended.ApplicationInformation);
        }

        if (info.UserIdentity is { } identity)
        {
            writer.ItemHeader(ItemType.UserIdentityRequest, 1 + 1 + 2 + identity.PrimaryField.Length + 2 + identity.SecondaryField.Length);
            writer.Byte((byte)identity.IdentityType);
            writer.Byte(identity.PositiveResponseRequested ? (byte)1 : (byte)0);
            writer.UInt16((ushort)identity.PrimaryField.Length);
            writer.Bytes(identity.PrimaryField);
            writer.UInt16((ushort)identity.SecondaryField.Length);
            writer.Bytes(identity.SecondaryField);
        }

        if (info.UserIdentityResponse is { } response)
        {
            writer.ItemHeader(ItemType.UserIdentityResponse, 2 + response.ServerResponse.Length);
            writer.UInt16((ushort)response.ServerResponse.Length);
            writer.Bytes(response.ServerResponse);
        }
    }
}
