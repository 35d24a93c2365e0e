using System.Buffers.Binary;
using System.Text;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests.Support;

/// <summary>A data set with every VR, nested sequences, private elements, odd-length values and group lengths.</summary>
internal static class RichDataset
{
    public static readonly DicomTag PrivateCreator = new(0x0009, 0x0010);
    public static readonly DicomTag PrivateLO = new(0x0009, 0x1001);
    public static readonly DicomTag PrivateUN = new(0x0009, 0x1002);
    public static readonly DicomTag PrivateSV = new(0x0009, 0x1010);
    public static readonly DicomTag PrivateUV = new(0x0009, 0x1011);
    public static readonly DicomTag OddLO = DicomTags.PatientID;
    public static readonly DicomTag OddUI = DicomTags.StudyInstanceUID;
    public static readonly DicomTag OddOB = DicomTags.EncapsulatedDocument;

    private static DicomElement Raw(DicomTag tag, DicomVR vr, byte[] bytes) => new(tag, vr, DicomBuffer.FromBytes(bytes));

    private static byte[] Le(int size, params long[] values)
    {
        var b = new byte[size * values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var span = b.AsSpan(i * size);
            switch (size)
            {
                case 2: BinaryPrimitives.WriteUInt16LittleEndian(span, unchecked((ushort)values[i])); break;
                case 4: BinaryPrimitives.WriteUInt32LittleEndian(span, unchecked((uint)values[i])); break;
                default: BinaryPrimitives.WriteInt64LittleEndian(span, values[i]); break;
            }
        }
        return b;
    }

    public static DicomDataset Create()
    {
        var ds = new DicomDataset();
        ds.Add(Raw(new DicomTag(0x0008, 0x0000), DicomVR.UL, Le(4, 1234)));
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.SetString(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.SetString(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.2.1125.99");
        ds.SetString(DicomTags.StudyDate, DicomVR.DA, "20240229");
        ds.SetString(DicomTags.AcquisitionDateTime, DicomVR.DT, "20240229131415.123456+0100");
        ds.SetString(DicomTags.StudyTime, DicomVR.TM, "131415.5");
        ds.SetString(DicomTags.AccessionNumber, DicomVR.SH, "ACC1");
        ds.SetStrings(DicomTags.RetrieveAETitle, DicomVR.AE, ["AE1", "AE2"]);
        ds.SetString(DicomTags.Modality, DicomVR.CS, "OT");
        ds.SetString(DicomTags.InstitutionAddress, DicomVR.ST, "  Main St. 1\\2");
        ds.SetString(DicomTags.LongCodeValue, DicomVR.UC, "A long code value");
        ds.SetValues<uint>(DicomTags.SimpleFrameList, DicomVR.UL, [1, 0xFFFFFFFF]);
        ds.SetString(DicomTags.RetrieveURL, DicomVR.UR, "http://example.com/wado?x=1");
        ds.SetValues<float>(DicomTags.RecommendedDisplayFrameRateInFloat, DicomVR.FL, [29.97f, float.NaN]);
        ds.Add(new DicomElement(DicomTags.PatientName, DicomVR.PN, DicomBuffer.FromBytes(Encoding.Latin1.GetBytes("Müller^Jürgen=^=Mueller^Juergen "))));
        ds.Add(Raw(OddLO, DicomVR.LO, "ABC"u8.ToArray()));
        ds.SetString(DicomTags.PatientAge, DicomVR.AS, "045Y");
        ds.SetString(DicomTags.AdditionalPatientHistory, DicomVR.LT, "  history\r\nline 2");
        ds.Add(Raw(PrivateCreator, DicomVR.LO, "TELERAD TEST"u8.ToArray()));
        ds.Add(Raw(PrivateLO, DicomVR.LO, "private"u8.ToArray()));
        ds.Add(Raw(PrivateUN, DicomVR.UN, [1, 2, 3, 4, 5, 6]));
        ds.SetValues<long>(PrivateSV, DicomVR.SV, [long.MinValue, -1]);
        ds.SetValues<ulong>(PrivateUV, DicomVR.UV, [ulong.MaxValue]);
        ds.Add(Raw(new DicomTag(0x0009, 0x0000), DicomVR.UL, Le(4, 99)));
        ds.SetValues<short>(DicomTags.TagAngleSecondAxis, DicomVR.SS, [-32768, 7]);
        ds.SetValues<int>(DicomTags.ReferencePixelX0, DicomVR.SL, [-100000]);
        ds.Add(Raw(OddUI, DicomVR.UI, "1.2.3"u8.ToArray()));
        ds.SetIntegers(DicomTags.InstanceNumber, DicomVR.IS, 42);
        ds.SetValues<ushort>(DicomTags.SamplesPerPixel, DicomVR.US, [1]);
        ds.SetAttributeTags(DicomTags.FrameIncrementPointer, new DicomTag(0x0018, 0x1063));
        ds.SetValues<ushort>(DicomTags.Rows, DicomVR.US, [2]);
        ds.SetValues<ushort>(DicomTags.Columns, DicomVR.US, [2]);
        ds.SetStrings(DicomTags.PixelSpacing, DicomVR.DS, ["0.5", "-1.25e-3"]);
        ds.SetValues<double>(DicomTags.RealWorldValueIntercept, DicomVR.FD, [Math.PI]);
        ds.SetString(DicomTags.TextValue, DicomVR.UT, " unlimited text ");
        ds.Add(Raw(OddOB, DicomVR.OB, [1, 2, 3]));
        ds.SetValues<uint>(DicomTags.LongPrimitivePointIndexList, DicomVR.OL, [7, 8]);
        ds.SetValues<double>(DicomTags.DoublePointCoordinatesData, DicomVR.OD, [1.5, -2.5]);
        ds.SetValues<float>(DicomTags.VerticesOfThePolygonalOutline, DicomVR.OF, [0.25f]);
        ds.SetValues<ulong>(DicomTags.SelectorOVValue, DicomVR.OV, [1ul << 63]);
        ds.SetValues<ushort>(DicomTag.PixelData, DicomVR.OW, [0x0102, 0x0304, 0x0506, 0xFFFF]);

        var code = new DicomDataset().SetString(DicomTags.CodeValue, DicomVR.SH, "C1").SetString(DicomTags.CodingSchemeDesignator, DicomVR.SH, "DCM");
        var nested = new DicomDataset().SetString(DicomTags.ValueType, DicomVR.CS, "CODE");
        nested.SetSequence(DicomTags.ConceptNameCodeSequence, code, new DicomDataset());
        nested.SetSequence(DicomTags.ContentSequence);
        var withName = new DicomDataset().SetString(DicomTags.PatientName, DicomVR.PN, "Ärzte^Ödön");
        var seq = ds.SetSequence(DicomTags.ContentSequence, nested, withName);
        seq.UndefinedLength = false;
        nested.UndefinedLength = false;
        ds.SetSequence(DicomTags.ReferencedSeriesSequence);
        return ds;
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/> (as read back) holds the values of <paramref name="expected"/>: the same
    /// tags except group lengths, the same bytes after even-length padding, the same VRs where the encoding carries or
    /// the dictionary knows them.
    /// </summary>
    public static void ShouldMatch(DicomDataset actual, DicomDataset expected, bool implicitVR)
    {
        var expectedAttributes = expected.Where(a => !a.Tag.IsGroupLength).ToList();
        actual.Select(a => a.Tag).Should().Equal(expectedAttributes.Select(a => a.Tag));
        foreach (var e in expectedAttributes)
        {
            var a = actual[e.Tag]!;
            var unknownToDictionary = !TeleRad.Dicom.Dictionary.DicomDictionary.TryGet(e.Tag, out _);
            if (implicitVR && unknownToDictionary && e.VR != DicomVR.SQ)
                a.VR.Should().Be(DicomVR.UN, $"{e.Tag} is private and read with implicit VR");
            else
                a.VR.Should().Be(e.VR, $"VR of {e.Tag}");
            switch (e)
            {
                case DicomElement ee:
                    var bytes = ee.Buffer.Memory.ToArray();
                    if (bytes.Length % 2 == 1)
                        bytes = [.. bytes, ee.VR.PaddingByte()];
                    ((DicomElement)a).Buffer.Memory.ToArray().Should().Equal(bytes, $"value of {e.Tag}");
                    break;
                case DicomSequence es:
                    var items = ((DicomSequence)a).Items;
                    items.Should().HaveCount(es.Items.Count, $"items of {e.Tag}");
                    for (var i = 0; i < items.Count; i++)
                        ShouldMatch(items[i], es.Items[i], implicitVR);
                    break;
                case DicomFragmentSequence ef:
                    var af = (DicomFragmentSequence)a;
                    af.OffsetTable.Memory.ToArray().Should().Equal(ef.OffsetTable.Memory.ToArray());
                    af.Fragments.Select(f => f.Memory.ToArray()).Should().BeEquivalentTo(ef.Fragments.Select(f => f.Memory.ToArray()), o => o.WithStrictOrdering());
                    break;
            }
        }
    }
}
