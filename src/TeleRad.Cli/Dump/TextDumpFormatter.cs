using System.Globalization;
using System.Text;
using TeleRad.Dicom;
using TeleRad.Dicom.CharacterSets;
using TeleRad.Dicom.Dictionary;
using TeleRad.Dicom.Values;

namespace TeleRad.Cli.Dump;

/// <summary>
/// The text dump, modelled on DCMTK's dcmdump so the two can be compared line by line: a section for the File Meta
/// Information (PS3.10 section 7.1) and one for the data set, each naming its transfer syntax, then one line per
/// element: <c>(gggg,eeee) VR value # length, VM Keyword</c>. Sequence items (PS3.5 section 7.5) and encapsulated
/// pixel data fragments (PS3.5 section A.4) are indented under their element, with their delimiters when the file uses
/// undefined lengths.
/// </summary>
internal static class TextDumpFormatter
{
    /// <summary>Values are padded to this width so the "#" column lines up, as in dcmdump.</summary>
    private const int ValueColumnWidth = 40;

    /// <summary>Appends the dump of <paramref name="file"/>.</summary>
    public static async Task AppendAsync(StringBuilder text, DicomFile file, CancellationToken cancellationToken)
    {
        await OnDiskValueLoader.LoadAsync(file.FileMetaInformation, cancellationToken).ConfigureAwait(false);
        await OnDiskValueLoader.LoadAsync(file.Dataset, cancellationToken).ConfigureAwait(false);

        text.Append('\n').Append(file.Format switch
        {
            DicomFileFormat.Part10 => "# Dicom-File-Format",
            DicomFileFormat.Part10WithoutPreamble => "# Dicom-File-Format (no preamble)",
            _ => "# Dicom-Data-Set only (no File Meta Information)",
        }).Append('\n');

        if (file.Format != DicomFileFormat.RawDataset)
        {
            // PS3.10 section 7.1: the meta group is always Explicit VR Little Endian.
            text.Append("\n# Dicom-Meta-Information-Header\n# Used TransferSyntax: ")
                .Append(DicomTransferSyntax.ExplicitVRLittleEndian).Append('\n');
            AppendDataset(text, file.FileMetaInformation, explicitVR: true, depth: 0);
        }

        text.Append("\n# Dicom-Data-Set\n# Used TransferSyntax: ").Append(file.TransferSyntax).Append('\n');
        AppendDataset(text, file.Dataset, file.TransferSyntax.IsExplicitVR, depth: 0);

        if (!file.IsComplete)
            text.Append("# Stopped before (7fe0,0010) PixelData: the rest of the file was not read.\n");
        foreach (var warning in file.Warnings)
            text.Append("# Warning: ").Append(warning).Append('\n');
    }

    private static void AppendDataset(StringBuilder text, DicomDataset dataset, bool explicitVR, int depth)
    {
        var characterSet = dataset.CharacterSet;
        foreach (var attribute in dataset)
        {
            switch (attribute)
            {
                case DicomSequence sequence:
                    AppendSequence(text, sequence, explicitVR, depth);
                    break;
                case DicomFragmentSequence fragments:
                    AppendFragments(text, fragments, depth);
                    break;
                case DicomElement element:
                    AppendElement(text, element, characterSet, depth);
                    break;
            }
        }
    }

    private static void AppendElement(StringBuilder text, DicomElement element, DicomCharacterSet characterSet, int depth)
    {
        var valueStart = StartLine(text, depth, element.Tag, element.VR.Code());
        var multiplicity = ValueFormatter.Append(text, element, characterSet);
        EndLine(text, valueStart, Number(element.Length), multiplicity, Keyword(element.Tag));
    }

    private static void AppendSequence(StringBuilder text, DicomSequence sequence, bool explicitVR, int depth)
    {
        var valueStart = StartLine(text, depth, sequence.Tag, "SQ");
        text.Append(CultureInfo.InvariantCulture, $"(Sequence with {LengthKind(sequence.UndefinedLength)} length #={sequence.Items.Count})");
        var length = sequence.UndefinedLength ? "u/l" : Number(EncodedLength.OfSequence(sequence, explicitVR));
        EndLine(text, valueStart, length, 1, Keyword(sequence.Tag));

        foreach (var item in sequence.Items)
        {
            valueStart = StartLine(text, depth + 1, DicomTag.Item, "na");
            text.Append(CultureInfo.InvariantCulture, $"(Item with {LengthKind(item.UndefinedLength)} length #={item.Count})");
            EndLine(text, valueStart, item.UndefinedLength ? "u/l" : Number(EncodedLength.OfItem(item, explicitVR)), 1, "Item");
            AppendDataset(text, item, explicitVR, depth + 2);
            if (item.UndefinedLength)
                AppendDelimiter(text, depth + 1, DicomTag.ItemDelimitationItem, "ItemDelimitationItem");
        }

        if (sequence.UndefinedLength)
            AppendDelimiter(text, depth, DicomTag.SequenceDelimitationItem, "SequenceDelimitationItem");
    }

    private static void AppendFragments(StringBuilder text, DicomFragmentSequence fragments, int depth)
    {
        var valueStart = StartLine(text, depth, fragments.Tag, fragments.VR.Code());
        text.Append(CultureInfo.InvariantCulture, $"(PixelSequence #={fragments.Fragments.Count + 1})");
        EndLine(text, valueStart, "u/l", 1, Keyword(fragments.Tag));

        // The first item is the Basic Offset Table (PS3.5 section A.4), then one item per fragment.
        AppendFragment(text, fragments.OffsetTable, depth + 1);
        foreach (var fragment in fragments.Fragments)
            AppendFragment(text, fragment, depth + 1);
        AppendDelimiter(text, depth, DicomTag.SequenceDelimitationItem, "SequenceDelimitationItem");
    }

    private static void AppendFragment(StringBuilder text, DicomBuffer buffer, int depth)
    {
        var valueStart = StartLine(text, depth, DicomTag.Item, "pi");
        if (buffer.Length == 0)
            text.Append(ValueFormatter.NoValue);
        else if (!buffer.IsInMemory)
            text.Append(CultureInfo.InvariantCulture, $"(not loaded, {buffer.Length} bytes)");
        else
            ValueFormatter.AppendBytes(text, buffer.Memory.Span);
        EndLine(text, valueStart, Number(buffer.Length), 1, "Item");
    }

    private static void AppendDelimiter(StringBuilder text, int depth, DicomTag tag, string name)
    {
        var valueStart = StartLine(text, depth, tag, "na");
        text.Append('(').Append(name).Append(')');
        EndLine(text, valueStart, "0", 0, name);
    }

    /// <summary>Appends indentation, tag and VR; returns where the value starts, for the padding.</summary>
    private static int StartLine(StringBuilder text, int depth, DicomTag tag, string vr)
    {
        text.Append(' ', depth * 2)
            .Append(CultureInfo.InvariantCulture, $"({tag.Group:x4},{tag.Element:x4}) ")
            .Append(vr).Append(' ');
        return text.Length;
    }

    private static void EndLine(StringBuilder text, int valueStart, string length, int multiplicity, string keyword)
    {
        var width = text.Length - valueStart;
        if (width < ValueColumnWidth)
            text.Append(' ', ValueColumnWidth - width);
        text.Append(" # ");
        if (length.Length < 3)
            text.Append(' ', 3 - length.Length);
        text.Append(length).Append(", ").Append(multiplicity.ToString(CultureInfo.InvariantCulture))
            .Append(' ').Append(keyword).Append('\n');
    }

    private static string LengthKind(bool undefined) => undefined ? "undefined" : "defined";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Keyword(DicomTag tag) => DicomDictionary.KeywordOf(tag) ?? "UnknownTag";
}
