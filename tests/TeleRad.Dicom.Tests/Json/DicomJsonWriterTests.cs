using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using TeleRad.Dicom.Json;
using TeleRad.Dicom.Tests.Support;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests.Json;

/// <summary>The DICOM JSON model, PS3.18 annex F.</summary>
[TestFixture]
public sealed class DicomJsonWriterTests
{
    private static DicomDataset With(DicomTag tag, DicomVR vr, byte[] raw)
    {
        var ds = new DicomDataset();
        ds.Add(new DicomElement(tag, vr, DicomBuffer.FromBytes(raw)));
        return ds;
    }

    private static DicomDataset Text(DicomTag tag, DicomVR vr, string raw) => With(tag, vr, Encoding.UTF8.GetBytes(raw));

    private static async Task<JsonElement> ToJson(DicomDataset ds, DicomJsonOptions? options = null)
    {
        var json = await DicomJsonWriter.ToJsonAsync(ds, options);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private static async Task<JsonElement> Attribute(DicomDataset ds, DicomTag tag, DicomJsonOptions? options = null) =>
        (await ToJson(ds, options)).GetProperty(tag.ToJsonKey());

    [Test]
    public async Task ToJson_StringValue_VrAndValueArray()
    {
        var json = await DicomJsonWriter.ToJsonAsync(Text(DicomTags.Modality, DicomVR.CS, "CT"));

        json.Should().Be("{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}");
    }

    [Test]
    public async Task ToJson_MultiValuedWithEmptyComponent_NullForEmpty()
    {
        var a = await Attribute(Text(DicomTags.ImageType, DicomVR.CS, "ORIGINAL\\\\AXIAL "), DicomTags.ImageType);

        a.GetProperty("Value").ToString().Should().Be("[\"ORIGINAL\",null,\"AXIAL\"]");
    }

    [Test]
    public async Task ToJson_TextVR_KeepsLeadingSpacesDropsTrailing()
    {
        var a = await Attribute(Text(DicomTags.InstitutionAddress, DicomVR.ST, "  a\\b  "), DicomTags.InstitutionAddress);

        a.GetProperty("Value")[0].GetString().Should().Be("  a\\b");
    }

    [Test]
    public async Task ToJson_PersonName_ObjectWithGroups()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        ds.Add(new DicomElement(DicomTags.PatientName, DicomVR.PN, DicomBuffer.FromBytes(Encoding.UTF8.GetBytes("Yamada^Tarou=山田^太郎=やまだ^たろう\\=Only^Ideo\\\\Doe^John "))));

        var value = (await Attribute(ds, DicomTags.PatientName)).GetProperty("Value");

        value.GetArrayLength().Should().Be(4);
        value[0].GetProperty("Alphabetic").GetString().Should().Be("Yamada^Tarou");
        value[0].GetProperty("Ideographic").GetString().Should().Be("山田^太郎");
        value[0].GetProperty("Phonetic").GetString().Should().Be("やまだ^たろう");
        value[1].TryGetProperty("Alphabetic", out _).Should().BeFalse();
        value[1].GetProperty("Ideographic").GetString().Should().Be("Only^Ideo");
        value[2].ValueKind.Should().Be(JsonValueKind.Null);
        value[3].EnumerateObject().Select(p => p.Name).Should().Equal("Alphabetic");
    }

    [TestCase("1.50", "1.50")]
    [TestCase("-0", "-0")]
    [TestCase("1e5", "1e5")]
    [TestCase("-2.5E-3", "-2.5E-3")]
    [TestCase("+1", "1")]
    [TestCase(".5", "0.5")]
    [TestCase("01", "1")]
    [TestCase("5.", "5")]
    public async Task ToJson_DecimalString_JsonNumberKeepingValidText(string ds, string expectedJson)
    {
        var json = await DicomJsonWriter.ToJsonAsync(Text(DicomTags.SliceThickness, DicomVR.DS, ds));

        json.Should().Be($"{{\"00180050\":{{\"vr\":\"DS\",\"Value\":[{expectedJson}]}}}}");
    }

    [TestCase("abc")]
    [TestCase("NaN")]
    [TestCase("1,5")]
    public async Task ToJson_InvalidDecimalString_StaysString(string ds)
    {
        var value = (await Attribute(Text(DicomTags.SliceThickness, DicomVR.DS, ds), DicomTags.SliceThickness)).GetProperty("Value")[0];

        value.ValueKind.Should().Be(JsonValueKind.String);
        value.GetString().Should().Be(ds);
    }

    [Test]
    public async Task ToJson_IntegerStringMultiValued_NumbersAndNull()
    {
        var json = await DicomJsonWriter.ToJsonAsync(Text(DicomTags.InstanceNumber, DicomVR.IS, " 7\\\\-3"));

        json.Should().Be("{\"00200013\":{\"vr\":\"IS\",\"Value\":[7,null,-3]}}");
    }

    [Test]
    public async Task ToJson_AttributeTag_EightHexDigits()
    {
        var ds = new DicomDataset().SetAttributeTags(DicomTags.FrameIncrementPointer, new DicomTag(0x0018, 0x1063), new DicomTag(0x7FE0, 0x0010));

        var json = await DicomJsonWriter.ToJsonAsync(ds);

        json.Should().Be("{\"00280009\":{\"vr\":\"AT\",\"Value\":[\"00181063\",\"7FE00010\"]}}");
    }

    [Test]
    public async Task ToJson_BinaryNumbers_JsonNumbers()
    {
        var ds = new DicomDataset()
            .SetValues<ushort>(DicomTags.Rows, DicomVR.US, [512, 65535])
            .SetValues<short>(DicomTags.TagAngleSecondAxis, DicomVR.SS, [-32768])
            .SetValues<uint>(DicomTags.SimpleFrameList, DicomVR.UL, [4294967295])
            .SetValues<int>(DicomTags.ReferencePixelX0, DicomVR.SL, [-7])
            .SetValues<long>(new DicomTag(0x0009, 0x1010), DicomVR.SV, [long.MinValue])
            .SetValues<ulong>(new DicomTag(0x0009, 0x1011), DicomVR.UV, [ulong.MaxValue])
            .SetValues<double>(DicomTags.RealWorldValueIntercept, DicomVR.FD, [0.1])
            .SetValues<float>(DicomTags.RecommendedDisplayFrameRateInFloat, DicomVR.FL, [0.1f, 2.5f]);

        var json = await DicomJsonWriter.ToJsonAsync(ds);

        json.Should().Contain("\"00280010\":{\"vr\":\"US\",\"Value\":[512,65535]}");
        json.Should().Contain("\"00189219\":{\"vr\":\"SS\",\"Value\":[-32768]}");
        json.Should().Contain("\"00081161\":{\"vr\":\"UL\",\"Value\":[4294967295]}");
        json.Should().Contain("\"00186020\":{\"vr\":\"SL\",\"Value\":[-7]}");
        json.Should().Contain("\"00091010\":{\"vr\":\"SV\",\"Value\":[-9223372036854775808]}");
        json.Should().Contain("\"00091011\":{\"vr\":\"UV\",\"Value\":[18446744073709551615]}");
        json.Should().Contain("\"00409224\":{\"vr\":\"FD\",\"Value\":[0.1]}");
        json.Should().Contain("\"00089459\":{\"vr\":\"FL\",\"Value\":[0.1,2.5]}");
    }

    [Test]
    public async Task ToJson_FloatNaNAndInfinity_Strings()
    {
        var ds = new DicomDataset().SetValues<float>(DicomTags.RecommendedDisplayFrameRateInFloat, DicomVR.FL, [float.NaN, float.PositiveInfinity, float.NegativeInfinity]);

        var value = (await Attribute(ds, DicomTags.RecommendedDisplayFrameRateInFloat)).GetProperty("Value");

        value.EnumerateArray().Select(v => v.GetString()).Should().Equal("NaN", "Infinity", "-Infinity");
    }

    [Test]
    public async Task ToJson_BinaryUnderThreshold_InlineBase64()
    {
        var bytes = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();

        var a = await Attribute(With(DicomTags.EncapsulatedDocument, DicomVR.OB, bytes), DicomTags.EncapsulatedDocument, new DicomJsonOptions { BulkDataThreshold = 100 });

        a.GetProperty("vr").GetString().Should().Be("OB");
        Convert.FromBase64String(a.GetProperty("InlineBinary").GetString()!).Should().Equal(bytes);
        a.TryGetProperty("Value", out _).Should().BeFalse();
    }

    [TestCase(DicomVR.OW)]
    [TestCase(DicomVR.OF)]
    [TestCase(DicomVR.OD)]
    [TestCase(DicomVR.OL)]
    [TestCase(DicomVR.OV)]
    [TestCase(DicomVR.UN)]
    public async Task ToJson_OtherVRs_InlineBinaryLittleEndian(DicomVR vr)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, 0x0102030405060708);

        var a = await Attribute(With(new DicomTag(0x0009, 0x1001), vr, bytes), new DicomTag(0x0009, 0x1001));

        a.GetProperty("vr").GetString().Should().Be(vr.Code());
        a.GetProperty("InlineBinary").GetString().Should().Be(Convert.ToBase64String(bytes));
    }

    [Test]
    public async Task ToJson_BinaryOverThreshold_BulkDataUriFromCallback()
    {
        var seen = new List<DicomAttribute>();
        var options = new DicomJsonOptions
        {
            BulkDataThreshold = 10,
            BulkDataUri = a =>
            {
                seen.Add(a);
                return $"https://example.org/bulk/{a.Tag.ToJsonKey()}";
            },
        };

        var a = await Attribute(With(DicomTags.EncapsulatedDocument, DicomVR.OB, new byte[12]), DicomTags.EncapsulatedDocument, options);

        a.GetProperty("BulkDataURI").GetString().Should().Be("https://example.org/bulk/00420011");
        a.TryGetProperty("InlineBinary", out _).Should().BeFalse();
        seen.Should().ContainSingle().Which.Tag.Should().Be(DicomTags.EncapsulatedDocument);
    }

    [Test]
    public async Task ToJson_BinaryOverThresholdWithoutCallback_OnlyVr()
    {
        var a = await Attribute(With(DicomTags.EncapsulatedDocument, DicomVR.OB, new byte[2000]), DicomTags.EncapsulatedDocument);

        a.EnumerateObject().Select(p => p.Name).Should().Equal("vr");
    }

    [Test]
    public async Task ToJson_CallbackReturnsNull_OnlyVr()
    {
        var a = await Attribute(With(DicomTags.EncapsulatedDocument, DicomVR.OB, new byte[2000]), DicomTags.EncapsulatedDocument, new DicomJsonOptions { BulkDataUri = _ => null });

        a.EnumerateObject().Select(p => p.Name).Should().Equal("vr");
    }

    [Test]
    public async Task ToJson_SmallPixelData_AlwaysBulk()
    {
        var options = new DicomJsonOptions { BulkDataUri = _ => "px" };

        var a = await Attribute(With(DicomTag.PixelData, DicomVR.OW, [1, 2]), DicomTag.PixelData, options);

        a.GetProperty("BulkDataURI").GetString().Should().Be("px");
        (await Attribute(With(DicomTag.PixelData, DicomVR.OW, [1, 2]), DicomTag.PixelData)).EnumerateObject().Select(p => p.Name).Should().Equal("vr");
    }

    [Test]
    public async Task ToJson_EncapsulatedPixelData_Bulk()
    {
        var ds = new DicomDataset();
        ds.Add(new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, DicomBuffer.Empty, [DicomBuffer.FromBytes(new byte[] { 1, 2 })]));

        var a = await Attribute(ds, DicomTag.PixelData, new DicomJsonOptions { BulkDataUri = f => f is DicomFragmentSequence ? "frames" : null });

        a.GetProperty("vr").GetString().Should().Be("OB");
        a.GetProperty("BulkDataURI").GetString().Should().Be("frames");
    }

    [Test]
    public async Task ToJson_ValueLeftOnDisk_BulkEvenWhenSmall()
    {
        using var dir = new TempDirectory();
        var path = await dir.WriteAsync("v.bin", new byte[16]);
        var ds = new DicomDataset();
        ds.Add(new DicomElement(DicomTags.EncapsulatedDocument, DicomVR.OB, new FileRangeBuffer(path, 0, 16)));

        var a = await Attribute(ds, DicomTags.EncapsulatedDocument, new DicomJsonOptions { BulkDataUri = _ => "disk" });

        a.GetProperty("BulkDataURI").GetString().Should().Be("disk");
    }

    [TestCase(DicomVR.LO)]
    [TestCase(DicomVR.PN)]
    [TestCase(DicomVR.DS)]
    [TestCase(DicomVR.US)]
    [TestCase(DicomVR.OB)]
    public async Task ToJson_EmptyElement_OnlyVr(DicomVR vr)
    {
        var json = await DicomJsonWriter.ToJsonAsync(With(new DicomTag(0x0009, 0x1001), vr, []));

        json.Should().Be($"{{\"00091001\":{{\"vr\":\"{vr.Code()}\"}}}}");
    }

    [Test]
    public async Task ToJson_NestedSequences_ItemsAsObjects()
    {
        var code = new DicomDataset().SetString(DicomTags.CodeValue, DicomVR.SH, "C1");
        var item = new DicomDataset().SetString(DicomTags.ValueType, DicomVR.CS, "CODE");
        item.SetSequence(DicomTags.ConceptNameCodeSequence, code);
        item.SetValues<uint>(new DicomTag(0x0040, 0x0000), DicomVR.UL, [4]);
        var ds = new DicomDataset();
        ds.SetSequence(DicomTags.ContentSequence, item, new DicomDataset());
        ds.SetSequence(DicomTags.ReferencedSeriesSequence);

        var json = await DicomJsonWriter.ToJsonAsync(ds);

        json.Should().Be(
            "{\"00081115\":{\"vr\":\"SQ\"}," +
            "\"0040A730\":{\"vr\":\"SQ\",\"Value\":[" +
            "{\"0040A040\":{\"vr\":\"CS\",\"Value\":[\"CODE\"]},\"0040A043\":{\"vr\":\"SQ\",\"Value\":[{\"00080100\":{\"vr\":\"SH\",\"Value\":[\"C1\"]}}]}}," +
            "{}]}}");
    }

    [Test]
    public async Task ToJson_GroupLengths_Skipped()
    {
        var ds = new DicomDataset().SetValues<uint>(new DicomTag(0x0008, 0x0000), DicomVR.UL, [10]).SetString(DicomTags.Modality, DicomVR.CS, "CT");

        (await ToJson(ds)).EnumerateObject().Select(p => p.Name).Should().Equal("00080060");
    }

    [Test]
    public async Task ToJson_CharacterSet_DecodedToUnicode()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.Add(new DicomElement(DicomTags.PatientName, DicomVR.PN, DicomBuffer.FromBytes(Encoding.Latin1.GetBytes("Müller"))));

        var a = await Attribute(ds, DicomTags.PatientName);

        a.GetProperty("Value")[0].GetProperty("Alphabetic").GetString().Should().Be("Müller");
    }

    [Test]
    public async Task WriteAsync_WithFileMeta_MetaFirstThenDataset()
    {
        var meta = new DicomDataset().SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, "1.2.840.10008.1.2.1");
        var ds = Text(DicomTags.Modality, DicomVR.CS, "CT");
        using var ms = new MemoryStream();

        await DicomJsonWriter.WriteAsync(ms, ds, null, meta);

        var root = JsonDocument.Parse(ms.ToArray()).RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("00020010", "00080060");
        root.GetProperty("00020010").GetProperty("Value")[0].GetString().Should().Be("1.2.840.10008.1.2.1");
    }

    [Test]
    public async Task ToJson_Indented_SameContentOnSeveralLines()
    {
        var ds = RichDataset.Create();

        var compact = await DicomJsonWriter.ToJsonAsync(ds);
        var indented = await DicomJsonWriter.ToJsonAsync(ds, new DicomJsonOptions { Indented = true });

        indented.Should().Contain("\n");
        compact.Should().NotContain("\n");
        JsonSerializer.Serialize(JsonDocument.Parse(indented).RootElement).Should().Be(JsonSerializer.Serialize(JsonDocument.Parse(compact).RootElement));
    }

    [Test]
    public async Task ToJson_RichDataset_EveryAttributeOnceInTagOrder()
    {
        var ds = RichDataset.Create();

        var names = (await ToJson(ds, new DicomJsonOptions { BulkDataUri = a => "u" })).EnumerateObject().Select(p => p.Name).ToList();

        names.Should().Equal(ds.Where(a => !a.Tag.IsGroupLength).Select(a => a.Tag.ToJsonKey()));
    }

    [Test]
    public async Task ToJson_LargeDataset_FlushedInPiecesStillValid()
    {
        var ds = new DicomDataset();
        for (ushort i = 0; i < 2000; i++)
            ds.SetString(new DicomTag(0x0011, (ushort)(0x1000 + i)), DicomVR.LT, new string('x', 100));

        var root = await ToJson(ds);

        root.EnumerateObject().Count().Should().Be(2000);
    }
}
