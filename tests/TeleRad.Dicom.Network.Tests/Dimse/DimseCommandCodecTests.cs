using System.Buffers;
using System.Text;
using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Tests.Dimse;

[TestFixture]
[Category("Unit")]
public sealed class DimseCommandCodecTests
{
    // Tag (group, element little endian), 4-byte length, value: Implicit VR Little Endian (PS3.5 section 7.1.3).
    private static byte[] Element(ushort element, byte[] value) =>
        [0, 0, (byte)element, (byte)(element >> 8), (byte)value.Length, (byte)(value.Length >> 8), 0, 0, .. value];

    private static byte[] US(ushort value) => [(byte)value, (byte)(value >> 8)];

    private static byte[] Command(params byte[][] elements)
    {
        var body = elements.SelectMany(e => e).ToArray();
        return [.. Element(0x0000, [(byte)body.Length, (byte)(body.Length >> 8), 0, 0]), .. body];
    }

    [Test]
    public void Encode_EchoRequest_MatchesPs37Layout()
    {
        var expected = Command(
            Element(0x0002, [.. Encoding.ASCII.GetBytes("1.2.840.10008.1.1"), 0]),
            Element(0x0100, US(0x0030)),
            Element(0x0110, US(7)),
            Element(0x0800, US(0x0101)));

        DimseCommandCodec.Encode(DimseCommand.EchoRequest(7)).Should().Equal(expected);
    }

    [Test]
    public void Encode_StoreResponse_PadsTextAndOrdersTags()
    {
        var request = DimseCommand.StoreRequest(3, "1.2.840.10008.5.1.4.1.1.2", "1.2.3", DimsePriority.High);
        var response = DimseCommand.ResponseTo(request, DimseStatus.OutOfResources, "full");

        var expected = Command(
            Element(0x0002, Encoding.ASCII.GetBytes("1.2.840.10008.5.1.4.1.1.2\0")),
            Element(0x0100, US(0x8001)),
            Element(0x0120, US(3)),
            Element(0x0800, US(0x0101)),
            Element(0x0900, US(0xA700)),
            Element(0x0902, Encoding.ASCII.GetBytes("full")),
            Element(0x1000, Encoding.ASCII.GetBytes("1.2.3\0")));

        DimseCommandCodec.Encode(response).Should().Equal(expected);
    }

    [Test]
    public void EncodeThenDecode_EveryField_RoundTrips()
    {
        var command = new DimseCommand
        {
            CommandField = DimseCommandField.CMoveResponse,
            AffectedSopClassUid = "1.2.3",
            RequestedSopClassUid = "1.2.4",
            MessageId = 1,
            MessageIdBeingRespondedTo = 2,
            MoveDestination = "DEST",
            Priority = DimsePriority.Low,
            HasDataSet = true,
            Status = DimseStatus.Pending,
            OffendingElements = [new DicomTag(0x0010, 0x0010), new DicomTag(0x7FE0, 0x0010)],
            ErrorComment = "odd",
            ErrorId = 9,
            AffectedSopInstanceUid = "1.2.5",
            RequestedSopInstanceUid = "1.2.6",
            RemainingSuboperations = 10,
            CompletedSuboperations = 11,
            FailedSuboperations = 12,
            WarningSuboperations = 13,
            MoveOriginatorAETitle = "ORIGIN",
            MoveOriginatorMessageId = 14,
        };

        DimseCommandCodec.Decode(new ReadOnlySequence<byte>(DimseCommandCodec.Encode(command))).Should().BeEquivalentTo(command);
    }

    [Test]
    public void Decode_UnknownGroupZeroElementsAndWrongGroupLength_AreTolerated()
    {
        var bytes = Command(Element(0x0100, US(0x0030)), Element(0x0110, US(1)), Element(0x4000, [1, 2, 3, 4]), Element(0x0800, US(0x0101)));
        bytes[8] = 0xFF; // the group length lies; the command ends where its bytes end

        var command = DimseCommandCodec.Decode(new ReadOnlySequence<byte>(bytes));

        command.CommandField.Should().Be(DimseCommandField.CEchoRequest);
        command.MessageId.Should().Be(1);
        command.HasDataSet.Should().BeFalse();
    }

    [TestCase((ushort)0x0000, true)]
    [TestCase((ushort)0x0001, true)]
    [TestCase((ushort)0xFEFE, true)]
    [TestCase((ushort)0x0101, false)]
    public void Decode_CommandDataSetType_AnyValueButNoDataSetMeansPresent(ushort type, bool expected)
    {
        var bytes = Command(Element(0x0100, US(1)), Element(0x0800, US(type)));

        DimseCommandCodec.Decode(new ReadOnlySequence<byte>(bytes)).HasDataSet.Should().Be(expected);
    }

    private static IEnumerable<TestCaseData> Malformed()
    {
        yield return new TestCaseData(Command(Element(0x0800, US(0x0101)))).SetArgDisplayNames("no command field");
        yield return new TestCaseData(Command(Element(0x0100, US(1)))).SetArgDisplayNames("no data set type");
        yield return new TestCaseData(Command(Element(0x0100, [1, 0, 0]), Element(0x0800, US(0x0101)))).SetArgDisplayNames("US of 3 bytes");
        yield return new TestCaseData(Command(Element(0x0100, US(1)), Element(0x0800, US(0x0101)), Element(0x0901, [1, 2, 3]))).SetArgDisplayNames("AT of 3 bytes");
        yield return new TestCaseData(new byte[] { 0, 0, 0, 1, 2, 0, 0, 0, 1 }).SetArgDisplayNames("value cut short");
        yield return new TestCaseData(new byte[] { 0, 0, 0, 1, 0xFF, 0xFF, 0xFF, 0xFF, 1, 0 }).SetArgDisplayNames("huge length");
        yield return new TestCaseData(new byte[] { 0, 0, 0, 1, 2 }).SetArgDisplayNames("header cut short");
        yield return new TestCaseData(new byte[] { 8, 0, 0x16, 0, 2, 0, 0, 0, 1, 0 }).SetArgDisplayNames("data set element");
    }

    [TestCaseSource(nameof(Malformed))]
    public void Decode_Malformed_FaultsMalformedCommand(byte[] bytes)
    {
        FluentActions.Invoking(() => DimseCommandCodec.Decode(new ReadOnlySequence<byte>(bytes)))
            .Should().Throw<DimseException>().Which.Fault.Should().Be(DimseFault.MalformedCommand);
    }

    [Test]
    public void Decode_Fault_MessageNamesTheTagButNoValue()
    {
        var sentinel = System.Text.Encoding.ASCII.GetBytes("SENTINEL_VALUE");
        var bytes = Command(Element(0x0902, sentinel), Element(0x0100, [1, 0, 0]), Element(0x0800, US(0x0101)));

        var thrown = FluentActions.Invoking(() => DimseCommandCodec.Decode(new ReadOnlySequence<byte>(bytes))).Should().Throw<DimseException>().Which;

        thrown.Message.Should().Contain("(0000,0100)").And.NotContain("SENTINEL");
    }

    [Test]
    public void Encode_NonAsciiOrOverlongText_Throws()
    {
        FluentActions.Invoking(() => DimseCommandCodec.Encode(DimseCommand.EchoRequest(1) with { ErrorComment = "caf\u00e9" })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => DimseCommandCodec.Encode(DimseCommand.EchoRequest(1) with { MoveDestination = new string('A', 17) })).Should().Throw<ArgumentException>();
    }
}
