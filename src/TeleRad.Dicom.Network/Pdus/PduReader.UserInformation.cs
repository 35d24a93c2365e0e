using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using static TeleRad.Dicom.Network.Pdus.ThrowHelper;

namespace TeleRad.Dicom.Network.Pdus;

public static partial class PduReader
{
    private const int MaxVersionNameLength = 16;

    private static UserInformation ReadUserInformation(ReadOnlySequence<byte> body, long baseOffset, UpperLayerLimits limits)
    {
        var reader = new SequenceReader<byte>(body);
        uint? maxLength = null;
        string? classUid = null;
        string? versionName = null;
        AsyncOperationsWindow? window = null;
        UserIdentityRequest? identity = null;
        UserIdentityResponse? identityResponse = null;
        var roles = new List<RoleSelection>();
        var extended = new List<ExtendedNegotiation>();
        var count = 0;
        while (TryReadItem(ref reader, baseOffset + 4, "user information item", out var type, out var item, out var offset))
        {
            CountItem(ref count, limits, "user information item");
            switch (type)
            {
                case ItemType.MaximumLength:
                    RequireFirst(maxLength is null, "maximum length", offset);
                    maxLength = ReadFixed32(item, offset, "maximum length");
                    break;
                case ItemType.ImplementationClassUid:
                    RequireFirst(classUid is null, "implementation class UID", offset);
                    classUid = ReadUid(item, offset, "implementation class UID", allowEmpty: false);
                    break;
                case ItemType.ImplementationVersionName:
                    RequireFirst(versionName is null, "implementation version name", offset);
                    versionName = ReadVersionName(item, offset);
                    break;
                case ItemType.AsynchronousOperationsWindow:
                    RequireFirst(window is null, "asynchronous operations window", offset);
                    var both = ReadFixed32(item, offset, "asynchronous operations window");
                    window = new AsyncOperationsWindow((ushort)(both >> 16), (ushort)both);
                    break;
                case ItemType.RoleSelection:
                    roles.Add(ReadRoleSelection(item, offset));
                    break;
                case ItemType.SopClassExtendedNegotiation:
                    extended.Add(ReadExtendedNegotiation(item, offset));
                    break;
                case ItemType.UserIdentityRequest:
                    RequireFirst(identity is null, "user identity", offset);
                    identity = ReadUserIdentity(item, offset);
                    break;
                case ItemType.UserIdentityResponse:
                    RequireFirst(identityResponse is null, "user identity response", offset);
                    identityResponse = new UserIdentityResponse(ReadCountedBytes(item, offset, "user identity server response"));
                    break;
                case ItemType.ApplicationContext or ItemType.PresentationContextRequest or ItemType.PresentationContextAccept
                    or ItemType.AbstractSyntax or ItemType.TransferSyntax or ItemType.UserInformation:
                    RejectItem(type, offset, "a user information item");
                    break;
                default:
                    // SOP Class Common Extended Negotiation (0x57) is not supported, and an acceptor must ignore
                    // sub-items it does not recognize rather than reject the association (PS3.8 annex D.2, note 2).
                    break;
            }
        }

        return new UserInformation
        {
            MaxLength = maxLength,
            ImplementationClassUid = classUid,
            ImplementationVersionName = versionName,
            OperationsWindow = window,
            RoleSelections = roles,
            ExtendedNegotiations = extended,
            UserIdentity = identity,
            UserIdentityResponse = identityResponse,
        };
    }

    private static uint ReadFixed32(ReadOnlySequence<byte> item, long offset, string what)
    {
        if (item.Length != 4)
            Fault(UpperLayerFault.InvalidLength, $"{what} sub-item at offset {offset} declares {item.Length} bytes; its length is fixed at 4.");
        Span<byte> bytes = stackalloc byte[4];
        item.CopyTo(bytes);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    private static string ReadVersionName(ReadOnlySequence<byte> item, long offset)
    {
        // 1 to 16 characters of the ISO 646 basic G0 set (PS3.7 table D.3-3).
        if (item.Length == 0)
            Fault(UpperLayerFault.InvalidLength, $"implementation version name sub-item at offset {offset} is empty.");
        if (item.Length > MaxVersionNameLength)
            Fault(UpperLayerFault.InvalidValue, $"implementation version name at offset {offset} is {item.Length} bytes; at most 16 are allowed.");
        return Encoding.Latin1.GetString(item).Trim(' ', '\0');
    }

    private static RoleSelection ReadRoleSelection(ReadOnlySequence<byte> item, long offset)
    {
        // UID-length (2), SOP class UID, SCU-role (1), SCP-role (1) (PS3.7 table D.3-9).
        var reader = new SequenceReader<byte>(item);
        var uidLength = ReadInnerLength(ref reader, item.Length, offset, "role selection");
        var expected = 2L + uidLength + 2;
        if (expected > item.Length)
            Fault(UpperLayerFault.LengthExceedsContainer, $"role selection sub-item at offset {offset} declares a {uidLength}-byte UID that does not fit in its {item.Length} bytes.");
        if (expected < item.Length)
            Fault(UpperLayerFault.InvalidLength, $"role selection sub-item at offset {offset} is {item.Length} bytes; its fields take {expected}.");
        var uid = ReadUid(reader.UnreadSequence.Slice(0, uidLength), offset + 6, "role selection SOP class UID", allowEmpty: false);
        reader.Advance(uidLength);
        reader.TryRead(out var scu);
        reader.TryRead(out var scp);
        return new RoleSelection(uid, scu != 0, scp != 0);
    }

    private static ExtendedNegotiation ReadExtendedNegotiation(ReadOnlySequence<byte> item, long offset)
    {
        // SOP-class-uid-length (2), SOP class UID, service-class-application-information (PS3.7 table D.3-11).
        var reader = new SequenceReader<byte>(item);
        var uidLength = ReadInnerLength(ref reader, item.Length, offset, "SOP class extended negotiation");
        if (2L + uidLength > item.Length)
            Fault(UpperLayerFault.LengthExceedsContainer, $"SOP class extended negotiation sub-item at offset {offset} declares a {uidLength}-byte UID that does not fit in its {item.Length} bytes.");
        var uid = ReadUid(reader.UnreadSequence.Slice(0, uidLength), offset + 6, "extended negotiation SOP class UID", allowEmpty: false);
        reader.Advance(uidLength);
        return new ExtendedNegotiation(uid, reader.UnreadSequence.ToArray());
    }

    private static UserIdentityRequest ReadUserIdentity(ReadOnlySequence<byte> item, long offset)
    {
        // Type (1), positive-response-requested (1), primary-field-length (2), primary field, secondary-field-length
        // (2), secondary field (PS3.7 table D.3-14).
        if (item.Length < 6)
            Fault(UpperLayerFault.InvalidLength, $"user identity sub-item at offset {offset} is {item.Length} bytes, fewer than its 6 bytes of fixed fields.");
        var reader = new SequenceReader<byte>(item);
        reader.TryRead(out var type);
        reader.TryRead(out var positive);
        reader.TryReadBigEndian(out short signedPrimary);
        var primaryLength = (ushort)signedPrimary;
        if (4L + primaryLength + 2 > item.Length)
            Fault(UpperLayerFault.LengthExceedsContainer, $"user identity sub-item at offset {offset} declares a {primaryLength}-byte primary field that does not fit in its {item.Length} bytes.");
        var primary = reader.UnreadSequence.Slice(0, primaryLength).ToArray();
        reader.Advance(primaryLength);
        reader.TryReadBigEndian(out short signedSecondary);
        var secondaryLength = (ushort)signedSecondary;
        var expected = 4L + primaryLength + 2 + secondaryLength;
        if (expected > item.Length)
            Fault(UpperLayerFault.LengthExceedsContainer, $"user identity sub-item at offset {offset} declares a {secondaryLength}-byte secondary field that does not fit in its {item.Length} bytes.");
        if (expected < item.Length)
            Fault(UpperLayerFault.InvalidLength, $"user identity sub-item at offset {offset} is {item.Length} bytes; its fields take {expected}.");
        var secondary = reader.UnreadSequence.Slice(0, secondaryLength).ToArray();
        return new UserIdentityRequest((UserIdentityType)type, positive != 0, primary, secondary);
    }

    /// <summary>A 2-byte length followed by that many bytes filling the rest of the sub-item (PS3.7 table D.3-15).</summary>
    private static byte[] ReadCountedBytes(ReadOnlySequence<byte> item, long offset, string what)
    {
        var reader = new SequenceReader<byte>(item);
        var length = ReadInnerLength(ref reader, item.Length, offset, what);
        if (2L + length > item.Length)
            Fault(UpperLayerFault.LengthExceedsContainer, $"{what} at offset {offset} declares {length} bytes that do not fit in its {item.Length}-byte sub-item.");
        if (2L + length < item.Length)
            Fault(UpperLayerFault.InvalidLength, $"{what} sub-item at offset {offset} is {item.Length} bytes; its fields take {2 + length}.");
        return reader.UnreadSequence.Slice(0, length).ToArray();
    }

    private static ushort ReadInnerLength(ref SequenceReader<byte> reader, long itemLength, long offset, string what)
    {
        if (!reader.TryReadBigEndian(out short signedLength))
            Fault(UpperLayerFault.InvalidLength, $"{what} sub-item at offset {offset} is {itemLength} bytes, too few for its 2-byte length field.");
        return (ushort)signedLength;
    }
}
