using System.Text.Json;
using TeleRad.Dicom.CharacterSets;

namespace TeleRad.Dicom.Tests.CharacterSets;

/// <summary>
/// Decodes every character-set dependent value of pydicom's charset test files (chrH31, chrH32, chrI2, chrX1, chrX2,
/// chrSQEncoding...) and compares with what pydicom decodes. The vectors are produced offline by make_vectors.py
/// into charset-vectors.json; Python is not needed to run the tests.
/// </summary>
[TestFixture]
public sealed class DicomCharacterSetVectorTests
{
    private sealed record Vector(string File, string Element, string[] Terms, string Vr, string Bytes, string Expected);

    private sealed record VectorFile(string Comment, Vector[] Vectors);

    private static readonly Lazy<VectorFile> Vectors = new(Load);

    private static VectorFile Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "CharacterSets", "charset-vectors.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<VectorFile>(File.ReadAllText(path), options)
               ?? throw new InvalidDataException("charset-vectors.json is empty");
    }

    private static IEnumerable<TestCaseData> VectorCases() =>
        Vectors.Value.Vectors.Select(v => new TestCaseData(v).SetArgDisplayNames($"{v.File} {v.Element}"));

    private static DicomVR ParseVr(string vr)
    {
        DicomVRExtensions.TryParse((byte)vr[0], (byte)vr[1], out var parsed).Should().BeTrue();
        return parsed;
    }

    [Test]
    public void VectorFile_CoversEveryPydicomCharsetFile()
    {
        var files = Vectors.Value.Vectors.Select(v => v.File).Distinct().ToList();

        Vectors.Value.Comment.Should().Contain("make_vectors.py");
        files.Should().HaveCount(17).And.Contain(["chrH31.dcm", "chrH32.dcm", "chrI2.dcm", "chrX1.dcm", "chrX2.dcm", "chrSQEncoding.dcm"]);
        Vectors.Value.Vectors.Should().Contain(v => v.Element.Contains('['), "values inside sequence items are covered");
    }

    [TestCaseSource(nameof(VectorCases))]
    public void Decode_PydicomVector_MatchesPydicom(object boxed)
    {
        var vector = (Vector)boxed;
        var warnings = new List<string>();
        var set = DicomCharacterSet.FromDefinedTerms(vector.Terms, warnings);

        string decoded = set.Decode(Convert.FromBase64String(vector.Bytes), ParseVr(vector.Vr));

        warnings.Should().BeEmpty();
        decoded.Should().Be(vector.Expected);
    }

    [TestCaseSource(nameof(VectorCases))]
    public void Encode_PydicomVector_RoundTripsThroughDecode(object boxed)
    {
        var vector = (Vector)boxed;
        var set = DicomCharacterSet.FromDefinedTerms(vector.Terms);
        var vr = ParseVr(vector.Vr);

        byte[] encoded = set.Encode(vector.Expected, vr);

        set.Decode(encoded, vr).Should().Be(vector.Expected);
    }
}
