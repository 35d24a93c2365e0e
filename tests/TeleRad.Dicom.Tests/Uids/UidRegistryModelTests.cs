using TeleRad.Dicom.Generator.Emitters;
using TeleRad.Dicom.Generator.Model;
using TeleRad.Dicom.Generator.Sources;

namespace TeleRad.Dicom.Tests.Uids;

/// <summary>How the generator merges, orders and names UIDs.</summary>
[TestFixture]
public sealed class UidRegistryModelTests
{
    private static readonly SourceDescription[] s_sources = [new("a.py", "test"), new("b.tsv", "test")];

    [Test]
    public void Build_SupplementRowForPydicomUid_ReplacesIt()
    {
        var model = UidRegistryModel.Build(
            [new UidRecord("1.2.3", "Old Name", "SOP Class", false, "Old")],
            [new UidRecord("1.2.3", "New Name", "SOP Class", true, "New")]);

        model.Uids.Should().ContainSingle().Which.Should().Be(
            new UidModel("1.2.3", "New Name", "New", "SOP Class", "SopClass", true, FromSupplement: true));
        model.FromPydicom.Should().Be(0);
        model.FromSupplement.Should().Be(1);
    }

    [Test]
    public void Build_Uids_AreOrderedComponentByComponent()
    {
        var model = UidRegistryModel.Build(
            [
                new UidRecord("1.2.840.10008.1.2.4.100", "c", "Transfer Syntax", false, "C"),
                new UidRecord("1.2.840.10008.1.2.4.50", "b", "Transfer Syntax", false, "B"),
                new UidRecord("1.2.840.10008.1.2", "a", "Transfer Syntax", false, "A"),
            ],
            [new UidRecord("1.2.840.10008.1.2.4.100.1", "d", "Transfer Syntax", false, "D")]);

        model.Uids.Select(u => u.Keyword).Should().Equal("A", "B", "C", "D");
    }

    [TestCase("1.2.3.")]
    [TestCase("1.02.3")]
    [TestCase("1.2.a")]
    [TestCase("")]
    public void Build_InvalidUid_Throws(string uid)
    {
        var act = () => UidRegistryModel.Build([new UidRecord(uid, "n", "SOP Class", false, "K")], []);

        act.Should().Throw<FormatException>();
    }

    [Test]
    public void Build_UidTwiceInOneSource_Throws()
    {
        var act = () => UidRegistryModel.Build([], [new UidRecord("1.2", "a", "SOP Class", false, "A"), new UidRecord("1.2", "b", "SOP Class", false, "B")]);

        act.Should().Throw<FormatException>().WithMessage("*1.2*twice*");
    }

    [TestCase("SOP Class", "SopClass")]
    [TestCase("Meta SOP Class", "MetaSopClass")]
    [TestCase("Transfer Syntax", "TransferSyntax")]
    [TestCase("Well-known SOP Instance", "WellKnownSopInstance")]
    [TestCase("Well-known Printer SOP Instance", "WellKnownSopInstance")]
    [TestCase("Well-known Print Queue SOP Instance", "WellKnownSopInstance")]
    [TestCase("Well-known frame of reference", "WellKnownFrameOfReference")]
    [TestCase("Synchronization Frame of Reference", "WellKnownFrameOfReference")]
    [TestCase("Application Context Name", "ApplicationContextName")]
    [TestCase("Service Class", "ServiceClass")]
    [TestCase("Coding Scheme", "Other")]
    [TestCase("LDAP OID", "Other")]
    public void Map_PS36Type_GivesDicomUidTypeMember(string typeText, string member)
    {
        UidTypeMapping.Map(typeText).Should().Be(member);
        Enum.IsDefined(Enum.Parse<TeleRad.Dicom.Uids.DicomUidType>(member)).Should().BeTrue();
    }

    [Test]
    public void EmitUids_KeywordStartingWithDigit_IsPrefixed()
    {
        var model = UidRegistryModel.Build([new UidRecord("1.2.3", "Twelve", "SOP Class", false, "12Lead")], []);

        UidsEmitter.Emit(model, s_sources).Should().Contain("public const string _12Lead = \"1.2.3\";");
    }

    [Test]
    public void EmitUids_DuplicateKeyword_FirstByUidWinsAndNamelessAreLeftOut()
    {
        var model = UidRegistryModel.Build(
            [
                new UidRecord("1.2.10", "Later", "SOP Class", false, "Same"),
                new UidRecord("1.2.9", "Earlier", "SOP Class", false, "Same"),
                new UidRecord("1.2.11", "", "SOP Class", true, ""),
            ],
            []);

        var text = UidsEmitter.Emit(model, s_sources);

        text.Should().Contain("public const string Same = \"1.2.9\";");
        text.Should().NotContain("1.2.10").And.NotContain("1.2.11");
        UidRegistryEmitter.Emit(model, s_sources).Should().Contain("new(\"1.2.11\", \"\", \"\", DicomUidType.SopClass, true),");
    }

    [Test]
    public void EmitUids_NameWithXmlCharacters_IsEscapedInDocComment()
    {
        var model = UidRegistryModel.Build([new UidRecord("1.2.3", "A & B <C>", "SOP Class", true, "AB")], []);

        UidsEmitter.Emit(model, s_sources).Should().Contain("/// <summary>A &amp; B &lt;C&gt; (SOP Class, retired).</summary>");
    }

    [Test]
    public void ParseSupplement_ValidAndCommentLines_ReadsRows()
    {
        const string text = "# comment\n\n1.2.3\tName\tTransfer Syntax\tcurrent\tKey\tPS3.5\n1.2.4\tOld\tSOP Class\tretired\t\tPS3.6\n";

        UidSupplementParser.Parse(text).Should().Equal(
            new UidRecord("1.2.3", "Name", "Transfer Syntax", false, "Key"),
            new UidRecord("1.2.4", "Old", "SOP Class", true, ""));
    }

    [TestCase("1.2.3\tName\tTransfer Syntax\tcurrent\tKey\n", TestName = "ParseSupplement_FiveFields_Throws")]
    [TestCase("1.2.3\tName\tTransfer Syntax\tRetired\tKey\tref\n", TestName = "ParseSupplement_UnknownStatus_Throws")]
    [TestCase("1.2.3\t\tTransfer Syntax\tcurrent\tKey\tref\n", TestName = "ParseSupplement_EmptyName_Throws")]
    public void ParseSupplement_Malformed_Throws(string text)
    {
        var act = () => UidSupplementParser.Parse(text);

        act.Should().Throw<FormatException>().WithMessage("*line 1*");
    }
}
