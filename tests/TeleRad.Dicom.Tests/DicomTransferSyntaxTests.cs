namespace TeleRad.Dicom.Tests;

[TestFixture]
public sealed class DicomTransferSyntaxTests
{
    [TestCase("1.2.840.10008.1.2", false, false, false, false)]
    [TestCase("1.2.840.10008.1.2.1", true, false, false, false)]
    [TestCase("1.2.840.10008.1.2.2", true, true, false, false)]
    [TestCase("1.2.840.10008.1.2.1.99", true, false, true, false)]
    [TestCase("1.2.840.10008.1.2.1.98", true, false, false, true)]
    [TestCase("1.2.840.10008.1.2.4.50", true, false, false, true)]
    [TestCase("1.2.840.10008.1.2.4.70", true, false, false, true)]
    [TestCase("1.2.840.10008.1.2.4.90", true, false, false, true)]
    [TestCase("1.2.840.10008.1.2.4.201", true, false, false, true)]
    [TestCase("1.2.840.10008.1.2.5", true, false, false, true)]
    [TestCase("1.2.840.10008.1.2.4.100", true, false, false, true)]
    public void Parse_KnownUid_HasPs35Encoding(string uid, bool explicitVR, bool bigEndian, bool deflated, bool encapsulated)
    {
        var ts = DicomTransferSyntax.Parse(uid);

        ts.Uid.Should().Be(uid);
        ts.IsUnknown.Should().BeFalse();
        ts.IsExplicitVR.Should().Be(explicitVR);
        ts.IsBigEndian.Should().Be(bigEndian);
        ts.IsDeflated.Should().Be(deflated);
        ts.IsEncapsulated.Should().Be(encapsulated);
        DicomTransferSyntax.IsKnownUid(uid).Should().BeTrue();
    }

    [Test]
    public void Parse_KnownUid_ReturnsTheSingleton()
    {
        DicomTransferSyntax.Parse("1.2.840.10008.1.2").Should().BeSameAs(DicomTransferSyntax.ImplicitVRLittleEndian);
        DicomTransferSyntax.Parse("1.2.840.10008.1.2.1").Should().BeSameAs(DicomTransferSyntax.ExplicitVRLittleEndian);
        DicomTransferSyntax.Parse("1.2.840.10008.1.2.2").Should().BeSameAs(DicomTransferSyntax.ExplicitVRBigEndian);
        DicomTransferSyntax.Parse("1.2.840.10008.1.2.1.99").Should().BeSameAs(DicomTransferSyntax.DeflatedExplicitVRLittleEndian);
    }

    [TestCase("1.2.840.10008.1.2\0")]
    [TestCase("1.2.840.10008.1.2 ")]
    [TestCase("1.2.840.10008.1.2\0\0")]
    public void Parse_TrailingPadding_IsIgnored(string uid) =>
        DicomTransferSyntax.Parse(uid).Should().BeSameAs(DicomTransferSyntax.ImplicitVRLittleEndian);

    [Test]
    public void Parse_UnknownUid_IsEncapsulatedExplicitLittleEndian()
    {
        var ts = DicomTransferSyntax.Parse("1.2.3.4.5.6\0");

        ts.IsUnknown.Should().BeTrue();
        ts.Uid.Should().Be("1.2.3.4.5.6");
        ts.IsExplicitVR.Should().BeTrue();
        ts.IsBigEndian.Should().BeFalse();
        ts.IsDeflated.Should().BeFalse();
        ts.IsEncapsulated.Should().BeTrue();
        DicomTransferSyntax.IsKnownUid("1.2.3.4.5.6").Should().BeFalse();
    }

    [Test]
    public void Uncompressed_IsTheFourNativeSyntaxes()
    {
        DicomTransferSyntax.Uncompressed.Select(t => t.Uid).Should().BeEquivalentTo(
            "1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99");
        DicomTransferSyntax.Uncompressed.Should().OnlyContain(t => !t.IsEncapsulated);
    }

    [Test]
    public void All_OnlyTheNativeSyntaxesAreNotEncapsulated()
    {
        DicomTransferSyntax.All.Where(t => !t.IsEncapsulated).Should().BeEquivalentTo(DicomTransferSyntax.Uncompressed);
        DicomTransferSyntax.All.Select(t => t.Uid).Should().OnlyHaveUniqueItems();
        DicomTransferSyntax.All.Should().OnlyContain(t => DicomUidGenerator.IsValid(t.Uid));
    }

    [Test]
    public void ToString_NamesAndUid() =>
        DicomTransferSyntax.ExplicitVRLittleEndian.ToString().Should().Be("Explicit VR Little Endian [1.2.840.10008.1.2.1]");
}
