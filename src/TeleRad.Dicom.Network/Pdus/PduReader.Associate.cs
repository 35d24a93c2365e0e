using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using static TeleRad.Dicom.Network.Pdus.ThrowHelper;

namespace TeleRad.Dicom.Network.Pdus;

public static partial class PduReader
{
    private const int MaxUidLength = 64;

    private static AssociateRequestPdu ReadAssociateRequest(ReadOnlySequence<byte> body, UpperLayerLimits limits)
    {
        var b = ReadAssociateBody(body, limits, "A-ASSOCIATE-RQ PDU", ItemType.PresentationContextRequest, ReadContextRequest, static c => c.Id);
        return new AssociateRequestPdu
        {
            ProtocolVersion = b.Version,
            CalledAETitle = b.Called,
            CallingAETitle = b.Calling,
            ApplicationContextName = b.ApplicationContext,
            PresentationContexts = b.Contexts,
            UserInformation = b.UserInformation,
        };
    }

    private static AssociateAcceptPdu ReadAssociateAccept(ReadOnlySequence<byte> body, UpperLayerLimits limits)
    {
        var b = ReadAssociateBody(body, limits, "A-ASSOCIATE-AC PDU", ItemType.PresentationContextAccept, ReadContextResult, static c => c.Id);
        return new AssociateAcceptPdu
        {
            ProtocolVersion = b.Version,
            CalledAETitle = b.Called,
            CallingAETitle = b.Calling,
            ApplicationContextName = b.ApplicationContext,
            PresentationContexts = b.Contexts,
            UserInformation = b.UserInformation,
        };
    }

    /// <summary>
    /// Reads the body shared by A-ASSOCIATE-RQ and -AC (PS3.8 tables 9-11 and 9-17): fixed fields, one application
    /// context item, presentation context items of <paramref name="contextType"/>, one user information item.
    /// </summary>
    private static AssociateBody<TContext> ReadAssociateBody<TContext>(
        ReadOnlySequence<byte> body,
        UpperLayerLimits limits,
        string pduName,
        byte contextType,
        Func<ReadOnlySequence<byte>, long, UpperLayerLimits, TContext> readContext,
        Func<TContext, byte> idOf)
    {
        var reader = new SequenceReader<byte>(body);
        var (version, called, calling) = ReadAssociateFixedFields(ref reader);
        string? applicationContext = null;
        UserInformation? userInformation = null;
        var contexts = new List<TContext>();
        var count = 0;
        while (TryReadItem(ref reader, HeaderLength, pduName, out var type, out var item, out var offset))
        {
            CountItem(ref count, limits, pduName);
            if (type == ItemType.ApplicationContext)
            {
                RequireFirst(applicationContext is null, "application context", offset);
                applicationContext = ReadUid(item, offset, "application context name", allowEmpty: false);
            }
            else if (type == contextType)
            {
                var context = readContext(item, offset, limits);
                RequireUniqueId(contexts.Exists(c => idOf(c) == idOf(context)), idOf(context), offset);
                contexts.Add(context);
            }
            else if (type == ItemType.UserInformation)
            {
                RequireFirst(userInformation is null, "user information", offset);
                userInformation = ReadUserInformation(item, offset, limits);
            }
            else
            {
                RejectItem(type, offset, "an " + pduName);
            }
        }

        RequirePresent(applicationContext is not null, $"{pduName} has no application context item.");
        RequirePresent(contexts.Count > 0, $"{pduName} has no presentation context item.");
        // PS3.8 requires the user information item, but a missing one only means defaults; reading is lenient.
        return new AssociateBody<TContext>(version, called, calling, applicationContext!, contexts, userInformation ?? new UserInformation());
    }

    private readonly record struct AssociateBody<TContext>(
        ushort Version, string Called, string Calling, string ApplicationContext, List<TContext> Contexts, UserInformation UserInformation);

    private static (ushort Version, string Called, string Calling) ReadAssociateFixedFields(ref SequenceReader<byte> reader)
    {
        // The header check guaranteed the 68 fixed bytes are there (PS3.8 tables 9-11 and 9-17).
        reader.TryReadBigEndian(out short version);
        reader.Advance(2);
        var called = ReadAETitle(ref reader);
        var calling = ReadAETitle(ref reader);
        reader.Advance(32);
        return ((ushort)version, called, calling);
    }

    private static string ReadAETitle(ref SequenceReader<byte> reader)
    {
        // 16 characters of the ISO 646 basic G0 set; leading and trailing spaces are not significant (PS3.8 table 9-11).
        // NUL padding is not allowed but seen in the wild, so it is trimmed too.
        Span<byte> bytes = stackalloc byte[16];
        reader.TryCopyTo(bytes);
        reader.Advance(16);
        return Encoding.Latin1.GetString(bytes).Trim(' ', '\0');
    }

    private static PresentationContextRequest ReadContextRequest(ReadOnlySequence<byte> body, long baseOffset, UpperLayerLimits limits)
    {
        var reader = new SequenceReader<byte>(body);
        if (reader.Remaining < 4)
            Fault(UpperLayerFault.InvalidLength, $"presentation context item at offset {baseOffset} declares {body.Length} bytes, fewer than its 4 fixed bytes.");
        reader.TryRead(out var id);
        CheckContextId(id, baseOffset + 4);
        reader.Advance(3);

        string? abstractSyntax = null;
        var transferSyntaxes = new List<string>(2);
        var count = 0;
        while (TryReadItem(ref reader, baseOffset + 4, "presentation context item", out var type, out var item, out var offset))
        {
            CountItem(ref count, limits, "presentation context item");
            switch (type)
            {
                case ItemType.AbstractSyntax:
                    RequireFirst(abstractSyntax is null, "abstract syntax", offset);
                    abstractSyntax = ReadUid(item, offset, "abstract syntax name", allowEmpty: false);
                    break;
                case ItemType.TransferSyntax:
                    transferSyntaxes.Add(ReadUid(item, offset, "transfer syntax name", allowEmpty: false));
                    break;
                default:
                    RejectItem(type, offset, "a presentation context item of an A-ASSOCIATE-RQ");
                    break;
            }
        }

        RequirePresent(abstractSyntax is not null, $"presentation context {id} has no abstract syntax sub-item.");
        RequirePresent(transferSyntaxes.Count > 0, $"presentation context {id} has no transfer syntax sub-item.");
        return new PresentationContextRequest(id, abstractSyntax!, transferSyntaxes);
    }

    private static PresentationContextResult ReadContextResult(ReadOnlySequence<byte> body, long baseOffset, UpperLayerLimits limits)
    {
        var reader = new SequenceReader<byte>(body);
        if (reader.Remaining < 4)
            Fault(UpperLayerFault.InvalidLength, $"presentation context item at offset {baseOffset} declares {body.Length} bytes, fewer than its 4 fixed bytes.");
        reader.TryRead(out var id);
        CheckContextId(id, baseOffset + 4);
        reader.Advance(1);
        reader.TryRead(out var result);
        reader.Advance(1);

        var accepted = result == (byte)PresentationContextResultReason.Acceptance;
        string? transferSyntax = null;
        var count = 0;
        while (TryReadItem(ref reader, baseOffset + 4, "presentation context item", out var type, out var item, out var offset))
        {
            CountItem(ref count, limits, "presentation context item");
            if (type != ItemType.TransferSyntax)
                RejectItem(type, offset, "a presentation context item of an A-ASSOCIATE-AC");
            RequireFirst(transferSyntax is null, "transfer syntax", offset);
            // When the context is rejected the sub-item "shall not be significant and its value shall not be tested"
            // (PS3.8 table 9-18): keep it only if it is a plausible UID.
            transferSyntax = accepted
                ? ReadUid(item, offset, "transfer syntax name", allowEmpty: false)
                : TryReadUid(item) ?? string.Empty;
        }

        RequirePresent(!accepted || transferSyntax is not null, $"accepted presentation context {id} has no transfer syntax sub-item.");
        return new PresentationContextResult(id, (PresentationContextResultReason)result, transferSyntax ?? string.Empty);
    }

    /// <summary>
    /// Reads an item header (type, reserved, 2-byte length) and slices its body, or returns false at the end of the
    /// container. The length is checked against what is left of the container before the body is touched.
    /// </summary>
    private static bool TryReadItem(ref SequenceReader<byte> reader, long baseOffset, string container, out byte type, out ReadOnlySequence<byte> body, out long offset)
    {
        type = 0;
        body = default;
        offset = baseOffset + reader.Consumed;
        if (reader.End)
            return false;
        if (reader.Remaining < 4)
            Fault(UpperLayerFault.InvalidLength, $"{container} has {reader.Remaining} bytes left at offset {offset}, too few for an item header.");
        reader.TryRead(out type);
        reader.Advance(1);
        reader.TryReadBigEndian(out short signedLength);
        var length = (ushort)signedLength;
        if (length > reader.Remaining)
            Fault(UpperLayerFault.LengthExceedsContainer, $"item {Hex(type)} at offset {offset} declares {length} bytes; only {reader.Remaining} remain in the {container}.");
        body = reader.UnreadSequence.Slice(0, length);
        reader.Advance(length);
        return true;
    }

    private static void CountItem(ref int count, UpperLayerLimits limits, string container)
    {
        if (++count > limits.MaxItems)
            Fault(UpperLayerFault.TooManyItems, $"{container} holds more than {limits.MaxItems} items.");
    }

    [DoesNotReturn]
    private static void RejectItem(byte type, long offset, string container)
    {
        // Known item types in the wrong place are unexpected; anything else is unrecognized (PS3.8 table 9-26).
        var known = type is ItemType.ApplicationContext or ItemType.PresentationContextRequest or ItemType.PresentationContextAccept
            or ItemType.AbstractSyntax or ItemType.TransferSyntax or (>= ItemType.UserInformation and <= ItemType.UserIdentityResponse);
        Fault(known ? UpperLayerFault.UnexpectedItem : UpperLayerFault.UnrecognizedItem,
            $"item {Hex(type)} at offset {offset} is not allowed in {container}.");
    }

    private static void RequireFirst(bool first, string what, long offset)
    {
        if (!first)
            Fault(UpperLayerFault.UnexpectedItem, $"a second {what} item at offset {offset}; only one is allowed.");
    }

    private static void RequireUniqueId(bool duplicate, byte id, long offset)
    {
        if (duplicate)
            Fault(UpperLayerFault.InvalidValue, $"presentation context ID {id} at offset {offset} is used twice.");
    }

    private static void RequirePresent(bool present, string message)
    {
        if (!present)
            Fault(UpperLayerFault.MissingItem, message);
    }

    /// <summary>Reads a UID (PS3.8 annex F): at most 64 characters; a trailing NUL or space pad is tolerated.</summary>
    private static string ReadUid(ReadOnlySequence<byte> bytes, long offset, string what, bool allowEmpty)
    {
        if (bytes.Length > MaxUidLength + 1)
            Fault(UpperLayerFault.InvalidValue, $"{what} at offset {offset} is {bytes.Length} bytes, longer than a UID (64).");
        var uid = Encoding.Latin1.GetString(bytes).TrimEnd('\0', ' ');
        if (uid.Length > MaxUidLength || (uid.Length == 0 && !allowEmpty))
            Fault(UpperLayerFault.InvalidValue, $"{what} at offset {offset} is {uid.Length} characters; a UID has 1 to 64.");
        return uid;
    }

    private static string? TryReadUid(ReadOnlySequence<byte> bytes)
    {
        if (bytes.Length > MaxUidLength + 1)
            return null;
        var uid = Encoding.Latin1.GetString(bytes).TrimEnd('\0', ' ');
        return uid.Length <= MaxUidLength ? uid : null;
    }
}
