using TeleRad.Dicom.Generator.Sources;

namespace TeleRad.Dicom.Tests.Uids;

/// <summary>The generator's reader for pydicom's <c>_uid_dict.py</c>, on small hand-written inputs.</summary>
[TestFixture]
public sealed class PydicomUidDictParserTests
{
    [Test]
    public void Parse_TableWithDocstringAndComments_ReadsEveryEntry()
    {
        const string text =
            "\"\"\"DICOM UID dictionary\"\"\"\n" +
            "# Each dict entry is UID: (Name, Type, Info, Retired, Keyword)\n" +
            "UID_dictionary = {\n" +
            "    '1.2.840.10008.1.1': ('Verification SOP Class', 'SOP Class', '', '', 'Verification'),  # noqa\n" +
            "    '1.2.840.10008.1.2.2': ('Explicit VR Big Endian', 'Transfer Syntax', '', 'Retired', 'ExplicitVRBigEndian')  # noqa\n" +
            "}\n";

        var records = PydicomUidDictParser.Parse(text);

        records.Should().Equal(
            new UidRecord("1.2.840.10008.1.1", "Verification SOP Class", "SOP Class", false, "Verification"),
            new UidRecord("1.2.840.10008.1.2.2", "Explicit VR Big Endian", "Transfer Syntax", true, "ExplicitVRBigEndian"));
    }

    [Test]
    public void Parse_EscapesAndDoubleQuotes_AreDecoded()
    {
        const string text = "UID_dictionary = {\n    \"1.2.3\": ('It\\'s a \"name\" \\\\ here', \"SOP Class\", '', '', 'K'),\n}\n";

        var record = PydicomUidDictParser.Parse(text).Should().ContainSingle().Subject;

        record.Name.Should().Be("It's a \"name\" \\ here");
        record.TypeText.Should().Be("SOP Class");
    }

    [TestCase("UID_dictionary = {\n '1.2': ('a', 'b', 'c', '', 'k', 'extra'),\n}\n", TestName = "Parse_SixFields_Throws")]
    [TestCase("UID_dictionary = {\n '1.2': ('a', 'b', 'c', 'Maybe', 'k'),\n}\n", TestName = "Parse_UnknownRetiredMarker_Throws")]
    [TestCase("UID_dictionary = {\n '1.2': ('a, 'b', 'c', '', 'k'),\n}\n", TestName = "Parse_UnbalancedQuote_Throws")]
    [TestCase("UID_dictionary = {\n '1.2': ('a', 'b', 'c', '', 'k'),\n", TestName = "Parse_UnclosedTable_Throws")]
    [TestCase("UID_dictionary = {\n '1.2': ('a', 'b', 'c', '', 'k'),\n}\nx = 1\n", TestName = "Parse_TextAfterTable_Throws")]
    [TestCase("OTHER = {}\n", TestName = "Parse_NoTable_Throws")]
    public void Parse_Malformed_Throws(string text)
    {
        var act = () => PydicomUidDictParser.Parse(text);

        act.Should().Throw<FormatException>();
    }

    [Test]
    public void ParseFile_InstalledPydicomTable_HasVerificationAndCTImageStorage()
    {
        var records = PydicomUidDictParser.ParseFile("/usr/lib/python3/dist-packages/pydicom/_uid_dict.py");

        records.Should().HaveCountGreaterThan(400);
        records.Should().Contain(new UidRecord("1.2.840.10008.5.1.4.1.1.2", "CT Image Storage", "SOP Class", false, "CTImageStorage"));
    }
}
