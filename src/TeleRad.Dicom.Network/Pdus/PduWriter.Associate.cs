using System.Buffers;

namespace TeleRad.Dicom.Network.Pdus;

public static partial class PduWriter
{
    private const int AssociateFixedLength = 68;

    private static void WriteAssociateRequest(AssociateRequestPdu pdu, IBufferWriter<byte> output)
    {
        WireText.CheckAETitle(pdu.CalledAETitle, nameof(pdu.CalledAETitle));
        WireText.CheckAETitle(pdu.CallingAETitle, nameof(pdu.CallingAETitle));
        WireText.CheckUid(pdu.ApplicationContextName, nameof(pdu.ApplicationContextName));
        if (pdu.PresentationContexts.Count == 0)
            throw new ArgumentException("An A-ASSOCIATE-RQ proposes at least one presentation context.", nameof(pdu));
        CheckUniqueIds(pdu.PresentationContexts.Select(c => c.Id));

        var length = AssociateFixedLength + 4 + pdu.ApplicationContextName.Length + UserInformationLength(pdu.UserInformation);
        foreach (var context in pdu.PresentationContexts)
            length += ContextRequestLength(context);

        var writer = BeginPdu(output, PduType.AssociateRequest, length, out var span);
        WriteFixedFields(ref writer, pdu.ProtocolVersion, pdu.CalledAETitle, pdu.CallingAETitle);
        writer.ItemHeader(ItemType.ApplicationContext, pdu.ApplicationContextName.Length);
        writer.Ascii(pdu.ApplicationContextName);
        foreach (var context in pdu.PresentationContexts)
        {
            writer.ItemHeader(ItemType.PresentationContextRequest, ContextRequestLength(context) - 4);
            writer.Byte(context.Id);
            writer.Zeros(3);
            writer.ItemHeader(ItemType.AbstractSyntax, context.AbstractSyntax.Length);
            writer.Ascii(context.AbstractSyntax);
            foreach (var syntax in context.TransferSyntaxes)
            {
                writer.ItemHeader(ItemType.TransferSyntax, syntax.Length);
                writer.Ascii(syntax);
            }
        }

        WriteUserInformation(ref writer, pdu.UserInformation);
        EndPdu(output, writer, span);
    }

    private static void WriteAssociateAccept(AssociateAcceptPdu pdu, IBufferWriter<byte> output)
    {
        WireText.CheckAETitle(pdu.CalledAETitle, nameof(pdu.CalledAETitle));
        WireText.CheckAETitle(pdu.CallingAETitle, nameof(pdu.CallingAETitle));
        WireText.CheckUid(pdu.ApplicationContextName, nameof(pdu.ApplicationContextName));
        if (pdu.PresentationContexts.Count == 0)
            throw new ArgumentException("An A-ASSOCIATE-AC answers at least one presentation context.", nameof(pdu));
        CheckUniqueIds(pdu.PresentationContexts.Select(c => c.Id));

        var length = AssociateFixedLength + 4 + pdu.ApplicationContextName.Length + UserInformationLength(pdu.UserInformation);
        foreach (var context in pdu.PresentationContexts)
            length += ContextResultLength(context);

        var writer = BeginPdu(output, PduType.AssociateAccept, length, out var span);
        WriteFixedFields(ref writer, pdu.ProtocolVersion, pdu.CalledAETitle, pdu.CallingAETitle);
        writer.ItemHeader(ItemType.ApplicationContext, pdu.ApplicationContextName.Length);
        writer.Ascii(pdu.ApplicationContextName);
        foreach (var context in pdu.PresentationContexts)
        {
            writer.ItemHeader(ItemType.PresentationContextAccept, ContextResultLength(context) - 4);
            writer.Byte(context.Id);
            writer.Byte(0);
            writer.Byte((byte)context.Result);
            writer.Byte(0);
            writer.ItemHeader(ItemType.TransferSyntax, context.TransferSyntax.Length);
            writer.Ascii(context.TransferSyntax);
        }

        WriteUserInformation(ref writer, pdu.UserInformation);
        EndPdu(output, writer, span);
    }

    private static SpanWriter BeginPdu(IBufferWriter<byte> output, PduType type, int length, out Span<byte> span)
    {
        span = output.GetSpan(PduReader.HeaderLength + length)[..(PduReader.HeaderLength + length)];
        var writer = new SpanWriter(span);
        writer.Byte((byte)type);
        writer.Byte(0);
        writer.UInt32((uint)length);
        return writer;
    }

    private static void EndPdu(IBufferWriter<byte> output, SpanWriter writer, Span<byte> span)
    {
        if (writer.Position != span.Length)
            throw new InvalidOperationException($"PDU encoder wrote {writer.Position} bytes but measured {span.Length}.");
        output.Advance(span.Length);
    }

    private static void WriteFixedFields(ref SpanWriter writer, ushort version, string called, string calling)
    {
        writer.UInt16(version);
        writer.Zeros(2);
        writer.AETitle(called);
        writer.AETitle(calling);
        writer.Zeros(32);
    }

    private static int ContextRequestLength(PresentationContextRequest context)
    {
        CheckContextId(context.Id);
        WireText.CheckUid(context.AbstractSyntax, nameof(context.AbstractSyntax));
        if (context.TransferSyntaxes.Count == 0)
            throw new ArgumentException($"Presentation context {context.Id} proposes no transfer syntax.", nameof(context));
        var length = 4 + 4 + 4 + context.AbstractSyntax.Length;
        foreach (var syntax in context.TransferSyntaxes)
        {
            WireText.CheckUid(syntax, nameof(context.TransferSyntaxes));
            length += 4 + syntax.Length;
        }

        return CheckItemLength(length, "presentation context");
    }

    private static int ContextResultLength(PresentationContextResult context)
    {
        CheckContextId(context.Id);
        // A rejected context's transfer syntax is not significant (PS3.8 table 9-18) and may be empty.
        if (context.IsAccepted || context.TransferSyntax.Length > 0)
            WireText.CheckUid(context.TransferSyntax, nameof(context.TransferSyntax));
        return 4 + 4 + 4 + context.TransferSyntax.Length;
    }

    private static void CheckUniqueIds(IEnumerable<byte> ids)
    {
        var seen = new HashSet<byte>();
        foreach (var id in ids)
        {
            if (!seen.Add(id))
                throw new ArgumentException($"Presentation context ID {id} is used twice.", nameof(ids));
        }
    }

    /// <summary>Checks that an item (whose length includes its 4-byte header) fits the 2-byte item length field.</summary>
    private static int CheckItemLength(int lengthWithHeader, string what)
    {
        if (lengthWithHeader - 4 > ushort.MaxValue)
            throw new ArgumentException($"The {what} item would be {lengthWithHeader - 4} bytes, over the 2-byte item length field.", nameof(lengthWithHeader));
        return lengthWithHeader;
    }
}
