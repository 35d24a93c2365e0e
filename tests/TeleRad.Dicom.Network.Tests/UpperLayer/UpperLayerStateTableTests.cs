using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Tests.UpperLayer;

[TestFixture]
[Category("Unit")]
public sealed class UpperLayerStateTableTests
{
    // PS3.8 table 9-10, transcribed row by row (events) and column by column (Sta1..Sta13); "-" is a blank cell.
    private static readonly string[] Table =
    [
        /* Evt1  */ "AE-1 -    -    -    -    -    -    -    -    -    -    -    -",
        /* Evt2  */ "-    -    -    AE-2 -    -    -    -    -    -    -    -    -",
        /* Evt3  */ "-    AA-1 AA-8 -    AE-3 AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-6",
        /* Evt4  */ "-    AA-1 AA-8 -    AE-4 AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-6",
        /* Evt5  */ "AE-5 -    -    -    -    -    -    -    -    -    -    -    -",
        /* Evt6  */ "-    AE-6 AA-8 -    AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-7",
        /* Evt7  */ "-    -    AE-7 -    -    -    -    -    -    -    -    -    -",
        /* Evt8  */ "-    -    AE-8 -    -    -    -    -    -    -    -    -    -",
        /* Evt9  */ "-    -    -    -    -    DT-1 -    AR-7 -    -    -    -    -",
        /* Evt10 */ "-    AA-1 AA-8 -    AA-8 DT-2 AR-6 AA-8 AA-8 AA-8 AA-8 AA-8 AA-6",
        /* Evt11 */ "-    -    -    -    -    AR-1 -    -    -    -    -    -    -",
        /* Evt12 */ "-    AA-1 AA-8 -    AA-8 AR-2 AR-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-6",
        /* Evt13 */ "-    AA-1 AA-8 -    AA-8 AA-8 AR-3 AA-8 AA-8 AR-10 AR-3 AA-8 AA-6",
        /* Evt14 */ "-    -    -    -    -    -    -    AR-4 AR-9 -    -    AR-4 -",
        /* Evt15 */ "-    -    AA-1 AA-2 AA-1 AA-1 AA-1 AA-1 AA-1 AA-1 AA-1 AA-1 -",
        /* Evt16 */ "-    AA-2 AA-3 -    AA-3 AA-3 AA-3 AA-3 AA-3 AA-3 AA-3 AA-3 AA-2",
        /* Evt17 */ "-    AA-5 AA-4 AA-4 AA-4 AA-4 AA-4 AA-4 AA-4 AA-4 AA-4 AA-4 AR-5",
        /* Evt18 */ "-    AA-2 -    -    -    -    -    -    -    -    -    -    AA-2",
        /* Evt19 */ "-    AA-1 AA-8 -    AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-8 AA-7",
    ];

    // Tables 9-6 to 9-9: the state each action leads to (AE-6 and AR-8 depend on a condition, tested separately).
    private static readonly Dictionary<string, int> NextState = new()
    {
        ["AE-1"] = 4, ["AE-2"] = 5, ["AE-3"] = 6, ["AE-4"] = 1, ["AE-5"] = 2, ["AE-7"] = 6, ["AE-8"] = 13,
        ["DT-1"] = 6, ["DT-2"] = 6,
        ["AR-1"] = 7, ["AR-2"] = 8, ["AR-3"] = 1, ["AR-4"] = 13, ["AR-5"] = 1, ["AR-6"] = 7, ["AR-7"] = 8,
        ["AR-9"] = 11, ["AR-10"] = 12,
        ["AA-1"] = 13, ["AA-2"] = 1, ["AA-3"] = 1, ["AA-4"] = 1, ["AA-5"] = 1, ["AA-6"] = 13, ["AA-7"] = 13, ["AA-8"] = 13,
    };

    private static IEnumerable<TestCaseData> Cells()
    {
        for (var e = 0; e < Table.Length; e++)
        {
            var cells = Table[e].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var s = 0; s < cells.Length; s++)
                yield return new TestCaseData(e + 1, (UpperLayerState)(s + 1), cells[s]).SetArgDisplayNames($"Evt{e + 1}", $"Sta{s + 1}", cells[s]);
        }
    }

    // AE-6 and AR-8 lead to a state that depends on a condition; they have their own tests.
    private static IEnumerable<TestCaseData> UnconditionalCells() =>
        Cells().Where(c => (string)c.Arguments[2]! is not ("-" or "AE-6" or "AR-8"));

    [Test]
    public void Table_HasNineteenEventsOfThirteenStates()
    {
        Table.Should().HaveCount(19);
        Table.Should().OnlyContain(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 13);
    }

    [TestCaseSource(nameof(Cells))]
    public void Lookup_EveryCell_MatchesTable910(int evtNumber, UpperLayerState state, string expected)
    {
        var evt = (UpperLayerEvent)evtNumber;
        var action = UpperLayerStateTable.Lookup(state, evt);

        if (expected == "-")
            action.Should().BeNull();
        else
            Code(action!.Value).Should().Be(expected);
    }

    [TestCaseSource(nameof(UnconditionalCells))]
    public void Fire_EveryNonBlankCell_EntersTheActionsNextState(int evtNumber, UpperLayerState state, string expected)
    {
        var evt = (UpperLayerEvent)evtNumber;
        var machine = MachineIn(state, isRequestor: true);

        machine.Fire(evt).Should().Be(UpperLayerStateTable.Lookup(state, evt));

        machine.State.Should().Be((UpperLayerState)NextState[expected]);
    }

    [Test]
    public void Fire_BlankCell_ThrowsAndKeepsState()
    {
        var machine = MachineIn(UpperLayerState.Sta7, isRequestor: true);

        FluentActions.Invoking(() => machine.Fire(UpperLayerEvent.Evt9PDataRequest)).Should().Throw<InvalidOperationException>();

        machine.State.Should().Be(UpperLayerState.Sta7);
        machine.TryFire(UpperLayerEvent.Evt11ReleaseRequest).Should().BeNull();
        machine.State.Should().Be(UpperLayerState.Sta7);
    }

    [TestCase(true, UpperLayerState.Sta3)]
    [TestCase(false, UpperLayerState.Sta13)]
    public void Fire_Ae6_NextStateDependsOnAcceptability(bool acceptable, UpperLayerState expected)
    {
        var machine = MachineIn(UpperLayerState.Sta2, isRequestor: false);

        machine.Fire(UpperLayerEvent.Evt6AssociateRequestReceived, acceptable).Should().Be(UpperLayerAction.Ae6ExamineAssociateRq);

        machine.State.Should().Be(expected);
    }

    [TestCase(true, UpperLayerState.Sta9)]
    [TestCase(false, UpperLayerState.Sta10)]
    public void Fire_Ar8_NextStateDependsOnRole(bool isRequestor, UpperLayerState expected)
    {
        var machine = MachineIn(UpperLayerState.Sta7, isRequestor);

        machine.Fire(UpperLayerEvent.Evt12ReleaseRequestReceived).Should().Be(UpperLayerAction.Ar8IndicateReleaseCollision);

        machine.State.Should().Be(expected);
    }

    [Test]
    public void Fire_ReleaseCollisionOnBothSides_EndsInSta13AndSta1()
    {
        // PS3.8 section 9.2.3 (release collision): both sides sent A-RELEASE-RQ and received the other's.
        var requestor = MachineIn(UpperLayerState.Sta7, isRequestor: true);
        var acceptor = MachineIn(UpperLayerState.Sta7, isRequestor: false);
        requestor.Fire(UpperLayerEvent.Evt12ReleaseRequestReceived);
        acceptor.Fire(UpperLayerEvent.Evt12ReleaseRequestReceived);

        requestor.Fire(UpperLayerEvent.Evt14ReleaseResponse).Should().Be(UpperLayerAction.Ar9SendReleaseRp);
        acceptor.Fire(UpperLayerEvent.Evt13ReleaseResponseReceived).Should().Be(UpperLayerAction.Ar10ConfirmRelease);
        acceptor.Fire(UpperLayerEvent.Evt14ReleaseResponse).Should().Be(UpperLayerAction.Ar4SendReleaseRp);
        requestor.Fire(UpperLayerEvent.Evt13ReleaseResponseReceived).Should().Be(UpperLayerAction.Ar3ConfirmReleaseAndClose);
        acceptor.Fire(UpperLayerEvent.Evt17TransportClosed).Should().Be(UpperLayerAction.Ar5StopArtim);

        requestor.State.Should().Be(UpperLayerState.Sta1);
        acceptor.State.Should().Be(UpperLayerState.Sta1);
    }

    private static string Code(UpperLayerAction action)
    {
        var name = action.ToString();
        var prefix = name[..2].ToUpperInvariant();
        var digits = new string(name[2..].TakeWhile(char.IsDigit).ToArray());
        return $"{prefix}-{digits}";
    }

    /// <summary>Drives a fresh machine into <paramref name="target"/> through legal transitions only.</summary>
    internal static UpperLayerStateMachine MachineIn(UpperLayerState target, bool isRequestor)
    {
        var machine = new UpperLayerStateMachine(isRequestor);
        UpperLayerEvent[] path = target switch
        {
            UpperLayerState.Sta1 => [],
            UpperLayerState.Sta2 => [UpperLayerEvent.Evt5TransportConnectIndication],
            UpperLayerState.Sta3 => [UpperLayerEvent.Evt5TransportConnectIndication, UpperLayerEvent.Evt6AssociateRequestReceived],
            UpperLayerState.Sta4 => [UpperLayerEvent.Evt1AssociateRequest],
            UpperLayerState.Sta5 => [UpperLayerEvent.Evt1AssociateRequest, UpperLayerEvent.Evt2TransportConnectConfirm],
            UpperLayerState.Sta6 => [UpperLayerEvent.Evt1AssociateRequest, UpperLayerEvent.Evt2TransportConnectConfirm, UpperLayerEvent.Evt3AssociateAcceptReceived],
            UpperLayerState.Sta7 => [.. Established, UpperLayerEvent.Evt11ReleaseRequest],
            UpperLayerState.Sta8 => [.. Established, UpperLayerEvent.Evt12ReleaseRequestReceived],
            UpperLayerState.Sta9 or UpperLayerState.Sta10 => [.. Established, UpperLayerEvent.Evt11ReleaseRequest, UpperLayerEvent.Evt12ReleaseRequestReceived],
            UpperLayerState.Sta11 => [.. Established, UpperLayerEvent.Evt11ReleaseRequest, UpperLayerEvent.Evt12ReleaseRequestReceived, UpperLayerEvent.Evt14ReleaseResponse],
            UpperLayerState.Sta12 => [.. Established, UpperLayerEvent.Evt11ReleaseRequest, UpperLayerEvent.Evt12ReleaseRequestReceived, UpperLayerEvent.Evt13ReleaseResponseReceived],
            _ => [UpperLayerEvent.Evt5TransportConnectIndication, UpperLayerEvent.Evt18ArtimExpired, UpperLayerEvent.Evt5TransportConnectIndication, UpperLayerEvent.Evt19InvalidPdu],
        };
        // Sta9/Sta11 need the requestor's side of AR-8 and Sta10/Sta12 the acceptor's; build those with the right role.
        if (target is UpperLayerState.Sta9 or UpperLayerState.Sta11)
            machine = new UpperLayerStateMachine(isRequestor: true);
        else if (target is UpperLayerState.Sta10 or UpperLayerState.Sta12)
            machine = new UpperLayerStateMachine(isRequestor: false);
        foreach (var evt in path)
            machine.Fire(evt);
        machine.State.Should().Be(target);
        return machine;
    }

    private static readonly UpperLayerEvent[] Established =
    [
        UpperLayerEvent.Evt1AssociateRequest, UpperLayerEvent.Evt2TransportConnectConfirm, UpperLayerEvent.Evt3AssociateAcceptReceived,
    ];
}
