using System.Buffers;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Tests.Dimse;

[TestFixture]
[Category("Unit")]
public sealed class DimseMessageAssemblerTests
{
    private static readonly IReadOnlyList<PresentationContext> Contexts =
    [
        new PresentationContext(1, "1.2.840.10008.5.1.4.1.1.2", PresentationContextResultReason.Acceptance, DicomTransferSyntax.ExplicitVRLittleEndian),
        new PresentationContext(3, "1.2.840.10008.1.1", PresentationContextResultReason.Acceptance, DicomTransferSyntax.ImplicitVRLittleEndian),
        new PresentationContext(5, "1.2.9", PresentationContextResultReason.AbstractSyntaxNotSupported, null),
    ];

    private static readonly byte[] Store = DimseCommandCodec.Encode(DimseCommand.StoreRequest(1, "1.2.840.10008.5.1.4.1.1.2", "1.2.3"));

    private static PresentationDataValue Pdv(byte id, bool command, bool last, byte[] data) => new(id, command, last, data.AsMemory());

    [Test]
    public async Task OnPDataAsync_CommandInFragmentsThenData_ReportsInOrder()
    {
        var handler = new Recorder();
        using var assembler = new DimseMessageAssembler(handler, 1024);

        await assembler.OnPDataAsync(Pdv(1, true, false, Store[..10]), Contexts, CancellationToken.None);
        await assembler.OnPDataAsync(Pdv(1, true, false, Store[10..11]), Contexts, CancellationToken.None);
        await assembler.OnPDataAsync(Pdv(1, true, true, Store[11..]), Contexts, CancellationToken.None);
        assembler.InDataSet.Should().BeTrue();
        await assembler.OnPDataAsync(Pdv(1, false, false, [1, 2]), Contexts, CancellationToken.None);
        await assembler.OnPDataAsync(Pdv(1, false, true, [3]), Contexts, CancellationToken.None);

        handler.Events.Should().Equal("command CStoreRequest on 1", "data 2", "data 1", "complete");
        assembler.InDataSet.Should().BeFalse();
    }

    [Test]
    public async Task OnPDataAsync_CommandWithoutDataSet_IsComplete()
    {
        var handler = new Recorder();
        using var assembler = new DimseMessageAssembler(handler, 1024);

        await assembler.OnPDataAsync(Pdv(3, true, true, DimseCommandCodec.Encode(DimseCommand.EchoRequest(1))), Contexts, CancellationToken.None);

        handler.Events.Should().Equal("command CEchoRequest on 3");
        assembler.InDataSet.Should().BeFalse();
    }

    private static IEnumerable<TestCaseData> Faults()
    {
        yield return new TestCaseData(new[] { Pdv(1, false, true, [1]) }, DimseFault.UnexpectedFragment).SetArgDisplayNames("data without command");
        yield return new TestCaseData(new[] { Pdv(1, true, true, Store), Pdv(1, true, true, Store) }, DimseFault.UnexpectedFragment).SetArgDisplayNames("command inside data set");
        yield return new TestCaseData(new[] { Pdv(1, true, true, Store), Pdv(3, false, true, [1]) }, DimseFault.PresentationContextMismatch).SetArgDisplayNames("data on other context");
        yield return new TestCaseData(new[] { Pdv(1, true, false, Store[..4]), Pdv(3, true, true, Store[4..]) }, DimseFault.PresentationContextMismatch).SetArgDisplayNames("command split over contexts");
        yield return new TestCaseData(new[] { Pdv(5, true, true, Store) }, DimseFault.UnknownPresentationContext).SetArgDisplayNames("rejected context");
        yield return new TestCaseData(new[] { Pdv(7, true, true, Store) }, DimseFault.UnknownPresentationContext).SetArgDisplayNames("unknown context");
        yield return new TestCaseData(new[] { Pdv(1, true, false, new byte[600]), Pdv(1, true, false, new byte[600]) }, DimseFault.CommandTooLong).SetArgDisplayNames("command too long");
        yield return new TestCaseData(new[] { Pdv(1, true, true, [1, 2, 3]) }, DimseFault.MalformedCommand).SetArgDisplayNames("malformed command");
    }

    [TestCaseSource(nameof(Faults))]
    public async Task OnPDataAsync_OutOfOrderOrInvalid_Faults(PresentationDataValue[] values, DimseFault expected)
    {
        using var assembler = new DimseMessageAssembler(new Recorder(), 1024);

        var act = async () =>
        {
            foreach (var value in values)
                await assembler.OnPDataAsync(value, Contexts, CancellationToken.None);
        };

        (await act.Should().ThrowAsync<DimseException>()).Which.Fault.Should().Be(expected);
    }

    private sealed class Recorder : IDimseMessageHandler
    {
        public List<string> Events { get; } = [];

        public ValueTask OnCommandAsync(PresentationContext context, DimseCommand command, CancellationToken cancellationToken)
        {
            Events.Add($"command {command.CommandField} on {context.Id}");
            return ValueTask.CompletedTask;
        }

        public ValueTask OnDataFragmentAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken)
        {
            Events.Add($"data {fragment.Length}");
            return ValueTask.CompletedTask;
        }

        public ValueTask OnDataSetCompleteAsync(CancellationToken cancellationToken)
        {
            Events.Add("complete");
            return ValueTask.CompletedTask;
        }
    }
}
