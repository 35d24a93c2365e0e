using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace TeleRad.Dicom.Network.Dimse;

/// <summary>
/// Encodes and decodes command sets: group 0000 elements in ascending order, Implicit VR Little Endian, preceded by
/// Command Group Length (0000,0000) (PS3.7 sections 6.3.1 and 9.3, annex E). VRs are fixed by PS3.7 table E.1-1.
/// </summary>
internal static class DimseCommandCodec
{
    private const ushort AffectedSopClassUid = 0x0002;
    private const ushort RequestedSopClassUid = 0x0003;
    private const ushort CommandField = 0x0100;
    private const ushort MessageId = 0x0110;
    private const ushort MessageIdBeingRespondedTo = 0x0120;
    private const ushort MoveDestination = 0x0600;
    private const ushort Priority = 0x0700;
    private const ushort CommandDataSetType = 0x0800;
    private const ushort Status = 0x0900;
    private const ushort OffendingElement = 0x0901;
    private const ushort ErrorComment = 0x0902;
    private const ushort ErrorId = 0x0903;
    private const ushort AffectedSopInstanceUid = 0x1000;
    private const ushort RequestedSopInstanceUid = 0x1001;
    private const ushort Remaining = 0x1020;
    private const ushort Completed = 0x1021;
    private const ushort Failed = 0x1022;
    private const ushort Warning = 0x1023;
    private const ushort MoveOriginatorAETitle = 0x1030;
    private const ushort MoveOriginatorMessageId = 0x1031;

    /// <summary>Encodes <paramref name="command"/>; strings are checked (ASCII, lengths) and a violation throws <see cref="ArgumentException"/>.</summary>
    public static byte[] Encode(DimseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var body = new ArrayBufferWriter<byte>(256);
        Text(body, AffectedSopClassUid, command.AffectedSopClassUid, '\0', 64);
        Text(body, RequestedSopClassUid, command.RequestedSopClassUid, '\0', 64);
        UInt16(body, CommandField, (ushort)command.CommandField);
        UInt16(body, MessageId, command.MessageId);
        UInt16(body, MessageIdBeingRespondedTo, command.MessageIdBeingRespondedTo);
        Text(body, MoveDestination, command.MoveDestination, ' ', 16);
        UInt16(body, Priority, (ushort?)command.Priority);
        UInt16(body, CommandDataSetType, command.HasDataSet ? DimseCommand.DataSetPresent : DimseCommand.NoDataSet);
        UInt16(body, Status, command.Status?.Code);
        if (command.OffendingElements.Count > 0)
        {
            var value = Header(body, OffendingElement, 4 * command.OffendingElements.Count);
            for (var i = 0; i < command.OffendingElements.Count; i++)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(value[(4 * i)..], command.OffendingElements[i].Group);
                BinaryPrimitives.WriteUInt16LittleEndian(value[(4 * i + 2)..], command.OffendingElements[i].Element);
            }

            body.Advance(4 * command.OffendingElements.Count);
        }

        Text(body, ErrorComment, command.ErrorComment, ' ', 64);
        UInt16(body, ErrorId, command.ErrorId);
        Text(body, AffectedSopInstanceUid, command.AffectedSopInstanceUid, '\0', 64);
        Text(body, RequestedSopInstanceUid, command.RequestedSopInstanceUid, '\0', 64);
        UInt16(body, Remaining, command.RemainingSuboperations);
        UInt16(body, Completed, command.CompletedSuboperations);
        UInt16(body, Failed, command.FailedSuboperations);
        UInt16(body, Warning, command.WarningSuboperations);
        Text(body, MoveOriginatorAETitle, command.MoveOriginatorAETitle, ' ', 16);
        UInt16(body, MoveOriginatorMessageId, command.MoveOriginatorMessageId);

        var encoded = new byte[12 + body.WrittenCount];
        BinaryPrimitives.WriteUInt32LittleEndian(encoded.AsSpan(4), 4);
        BinaryPrimitives.WriteUInt32LittleEndian(encoded.AsSpan(8), (uint)body.WrittenCount);
        body.WrittenSpan.CopyTo(encoded.AsSpan(12));
        return encoded;
    }

    /// <summary>
    /// Decodes a command set. Every element length is checked against what is left before it is read; elements of
    /// other groups, wrong fixed lengths and a missing Command Field or CommandDataSetType fail with
    /// <see cref="DimseFault.MalformedCommand"/>. Unknown group 0000 elements are skipped. The group length's value is
    /// not trusted: the command ends where its PDVs end.
    /// </summary>
    public static DimseCommand Decode(ReadOnlySequence<byte> bytes)
    {
        var reader = new SequenceReader<byte>(bytes);
        ushort? commandField = null;
        ushort? dataSetType = null;
        var command = new DimseCommand { CommandField = 0 };
        while (!reader.End)
        {
            var offset = reader.Consumed;
            if (!reader.TryReadLittleEndian(out short group) || !reader.TryReadLittleEndian(out short element) || !reader.TryReadLittleEndian(out int signedLength))
                throw Malformed($"{reader.Remaining} bytes left at offset {offset} are too few for an element header.");
            var tag = new DicomTag((ushort)group, (ushort)element);
            var length = (uint)signedLength;
            if (tag.Group != 0x0000)
                throw Malformed($"element {tag} at offset {offset} is not in the command group 0000.");
            if (length > reader.Remaining)
                throw Malformed($"element {tag} at offset {offset} declares {length} bytes; only {reader.Remaining} remain.");
            var value = reader.UnreadSequence.Slice(0, length);
            reader.Advance(length);
            command = tag.Element switch
            {
                AffectedSopClassUid => command with { AffectedSopClassUid = ReadText(value) },
                RequestedSopClassUid => command with { RequestedSopClassUid = ReadText(value) },
                MessageId => command with { MessageId = ReadUInt16(value, tag) },
                MessageIdBeingRespondedTo => command with { MessageIdBeingRespondedTo = ReadUInt16(value, tag) },
                MoveDestination => command with { MoveDestination = ReadText(value) },
                Priority => command with { Priority = (DimsePriority)ReadUInt16(value, tag) },
                Status => command with { Status = new DimseStatus(ReadUInt16(value, tag)) },
                OffendingElement => command with { OffendingElements = ReadTags(value, tag) },
                ErrorComment => command with { ErrorComment = ReadText(value) },
                ErrorId => command with { ErrorId = ReadUInt16(value, tag) },
                AffectedSopInstanceUid => command with { AffectedSopInstanceUid = ReadText(value) },
                RequestedSopInstanceUid => command with { RequestedSopInstanceUid = ReadText(value) },
                Remaining => command with { RemainingSuboperations = ReadUInt16(value, tag) },
                Completed => command with { CompletedSuboperations = ReadUInt16(value, tag) },
                Failed => command with { FailedSuboperations = ReadUInt16(value, tag) },
                Warning => command with { WarningSuboperations = ReadUInt16(value, tag) },
                MoveOriginatorAETitle => command with { MoveOriginatorAETitle = ReadText(value) },
                MoveOriginatorMessageId => command with { MoveOriginatorMessageId = ReadUInt16(value, tag) },
                _ => command,
            };
            if (tag.Element == CommandField)
                commandField = ReadUInt16(value, tag);
            else if (tag.Element == CommandDataSetType)
                dataSetType = ReadUInt16(value, tag);
        }

        if (commandField is null)
            throw Malformed("the command set has no Command Field (0000,0100).");
        if (dataSetType is null)
            throw Malformed("the command set has no Command Data Set Type (0000,0800).");
        return command with { CommandField = (DimseCommandField)commandField.Value, HasDataSet = dataSetType.Value != DimseCommand.NoDataSet };
    }

    private static DimseException Malformed(string message) => new(DimseFault.MalformedCommand, message);

    private static ushort ReadUInt16(ReadOnlySequence<byte> value, DicomTag tag)
    {
        if (value.Length != 2)
            throw Malformed($"element {tag} is {value.Length} bytes; a US value is 2.");
        Span<byte> bytes = stackalloc byte[2];
        value.CopyTo(bytes);
        return BinaryPrimitives.ReadUInt16LittleEndian(bytes);
    }

    private static List<DicomTag> ReadTags(ReadOnlySequence<byte> value, DicomTag tag)
    {
        if (value.Length % 4 != 0 || value.Length > 4096)
            throw Malformed($"element {tag} is {value.Length} bytes; an AT value is a multiple of 4.");
        var bytes = value.ToArray();
        var tags = new List<DicomTag>(bytes.Length / 4);
        for (var i = 0; i < bytes.Length; i += 4)
            tags.Add(new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i)), BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 2))));
        return tags;
    }

    private static string ReadText(ReadOnlySequence<byte> value)
    {
        if (value.Length > 1024)
            throw Malformed($"a command text element is {value.Length} bytes, longer than any command element allows.");
        return Encoding.Latin1.GetString(value).Trim(' ', '\0');
    }

    private static void UInt16(ArrayBufferWriter<byte> output, ushort element, ushort? value)
    {
        if (value is not { } v)
            return;
        var span = Header(output, element, 2);
        BinaryPrimitives.WriteUInt16LittleEndian(span, v);
        output.Advance(2);
    }

    private static void Text(ArrayBufferWriter<byte> output, ushort element, string? value, char pad, int maxLength)
    {
        if (value is null)
            return;
        if (value.Length > maxLength || !Ascii.IsValid(value))
            throw new ArgumentException($"Command element (0000,{element:X4}) must be ASCII of at most {maxLength} characters.", nameof(value));
        // Values are padded to even length: UIDs with NUL, text with a space (PS3.5 section 6.2).
        var length = value.Length + (value.Length & 1);
        var span = Header(output, element, length);
        Encoding.ASCII.GetBytes(value, span);
        if ((value.Length & 1) == 1)
            span[value.Length] = (byte)pad;
        output.Advance(length);
    }

    /// <summary>Writes tag and length, returns the span for the value (not yet advanced past).</summary>
    private static Span<byte> Header(ArrayBufferWriter<byte> output, ushort element, int length)
    {
        var span = output.GetSpan(8 + length);
        BinaryPrimitives.WriteUInt16LittleEndian(span, 0x0000);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], element);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)length);
        output.Advance(8);
        return output.GetSpan(length);
    }
}
