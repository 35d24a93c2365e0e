using System.Numerics;

namespace TeleRad.Dicom.Tests;

/// <summary>UIDs of PS3.5 section 9.1 and the UUID-derived form of annex B.2.</summary>
[TestFixture]
public sealed class DicomUidGeneratorTests
{
    [Test]
    public void Generate_NoRoot_Valid225FormWithinSixtyFourChars()
    {
        var generator = new DicomUidGenerator();

        for (var i = 0; i < 200; i++)
        {
            var uid = generator.Generate();
            uid.Should().StartWith("2.25.");
            uid.Length.Should().BeLessThanOrEqualTo(64);
            DicomUidGenerator.IsValid(uid).Should().BeTrue(uid);
        }
    }

    [Test]
    public void Generate_NoRoot_IsAVersion4Uuid()
    {
        var generator = new DicomUidGenerator();

        for (var i = 0; i < 200; i++)
        {
            var value = BigInteger.Parse(generator.Generate()["2.25.".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
            bytes = [.. new byte[16 - bytes.Length], .. bytes];
            // RFC 4122 section 4.4: version 4 in the high nibble of byte 6, variant 10xx in byte 8.
            (bytes[6] >> 4).Should().Be(4);
            (bytes[8] >> 6).Should().Be(2);
            value.Should().BeLessThan(BigInteger.One << 128);
        }
    }

    [Test]
    public void Generate_Many_AllUnique()
    {
        var generator = new DicomUidGenerator();

        var uids = Enumerable.Range(0, 20_000).Select(_ => generator.Generate()).ToList();

        uids.Should().OnlyHaveUniqueItems();
    }

    [TestCase("1.2.826.0.1.3680043.9.7433")]
    [TestCase("1.2.3")]
    [TestCase("1.2.840.113619.2.55.3.604688119.969.1234")]
    public void Generate_WithRoot_RootPrefixValidWithinSixtyFourChars(string root)
    {
        var generator = new DicomUidGenerator(root);

        var uids = Enumerable.Range(0, 500).Select(_ => generator.Generate()).ToList();

        uids.Should().OnlyContain(u => u.StartsWith(root + ".", StringComparison.Ordinal) && u.Length <= 64 && DicomUidGenerator.IsValid(u));
        uids.Should().OnlyHaveUniqueItems();
    }

    [TestCase("")]
    [TestCase("1..2")]
    [TestCase("1.2.")]
    [TestCase("01.2")]
    [TestCase("1.2.abc")]
    [TestCase("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19")]
    public void Constructor_InvalidOrTooLongRoot_Throws(string root) =>
        FluentActions.Invoking(() => new DicomUidGenerator(root)).Should().Throw<ArgumentException>();

    [TestCase("1.2.840.10008.1.2", true)]
    [TestCase("0", true)]
    [TestCase("0.0", true)]
    [TestCase("2.25.329800735698586629295641978511506172918", true)]
    [TestCase("1.2.3.0.4", true)]
    [TestCase("", false)]
    [TestCase(".", false)]
    [TestCase("1.", false)]
    [TestCase(".1", false)]
    [TestCase("1..2", false)]
    [TestCase("1.02", false)]
    [TestCase("01", false)]
    [TestCase("1.2.3a", false)]
    [TestCase("1.2 ", false)]
    [TestCase("1.2\0", false)]
    [TestCase("-1.2", false)]
    public void IsValid_Cases(string uid, bool expected) => DicomUidGenerator.IsValid(uid).Should().Be(expected);

    [Test]
    public void IsValid_LengthLimit_SixtyFour()
    {
        var sixtyFour = "1." + new string('1', 62);

        DicomUidGenerator.IsValid(sixtyFour).Should().BeTrue();
        DicomUidGenerator.IsValid(sixtyFour + "1").Should().BeFalse();
    }
}
