using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TeleRad.Dicom.Json;

/// <summary>
/// Writes a data set as the DICOM JSON model (PS3.18 annex F): an object keyed by eight-digit tags, each with "vr" and
/// "Value", "InlineBinary" or "BulkDataURI". Numbers (IS, DS and the binary numeric VRs) are JSON numbers.
/// </summary>
public static partial class DicomJsonWriter
{
    /// <summary>Writes <paramref name="dataset"/> (and, when given, the meta group first) to <paramref name="stream"/>.</summary>
    public static async Task WriteAsync(Stream stream, DicomDataset dataset, DicomJsonOptions? options = null, DicomDataset? fileMetaInformation = null, CancellationToken cancellationToken = default)
    {
        options ??= DicomJsonOptions.Default;
        var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.Indented, SkipValidation = false });
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            if (fileMetaInformation is not null)
                await WriteAttributesAsync(writer, stream, fileMetaInformation, options, cancellationToken).ConfigureAwait(false);
            await WriteAttributesAsync(writer, stream, dataset, options, cancellationToken).ConfigureAwait(false);
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The JSON model of <paramref name="dataset"/> as a string.</summary>
    public static async Task<string> ToJsonAsync(DicomDataset dataset, DicomJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var ms = new MemoryStream();
        await WriteAsync(ms, dataset, options, null, cancellationToken).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    private static async ValueTask WriteAttributesAsync(Utf8JsonWriter writer, Stream stream, DicomDataset dataset, DicomJsonOptions options, CancellationToken ct)
    {
        foreach (var attribute in dataset)
        {
            WriteMember(writer, dataset, attribute, options);
            // Keep memory bounded for very large data sets: hand the bytes to the stream as they accumulate.
            if (writer.BytesPending > 64 * 1024)
                await writer.FlushAsync(ct).ConfigureAwait(false);
        }
    }

    /// <summary>One member of a data set object: "GGGGEEEE": {...}. Group lengths are left out (PS3.18 section F.2.2).</summary>
    private static void WriteMember(Utf8JsonWriter writer, DicomDataset dataset, DicomAttribute attribute, DicomJsonOptions options)
    {
        if (attribute.Tag.IsGroupLength)
            return;
        writer.WritePropertyName(attribute.Tag.ToJsonKey());
        WriteAttribute(writer, dataset, attribute, options);
    }

    private static void WriteAttribute(Utf8JsonWriter writer, DicomDataset dataset, DicomAttribute attribute, DicomJsonOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("vr", (attribute.VR == DicomVR.None ? DicomVR.UN : attribute.VR).Code());
        switch (attribute)
        {
            case DicomSequence s:
                if (s.Items.Count > 0)
                {
                    writer.WriteStartArray("Value");
                    foreach (var item in s.Items)
                    {
                        writer.WriteStartObject();
                        foreach (var a in item)
                            WriteMember(writer, item, a, options);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                break;
            case DicomFragmentSequence:
                WriteBulk(writer, attribute, options);
                break;
            case DicomElement e:
                WriteElement(writer, dataset, e, options);
                break;
        }
        writer.WriteEndObject();
    }

    private static void WriteElement(Utf8JsonWriter writer, DicomDataset dataset, DicomElement e, DicomJsonOptions options)
    {
        if (e.IsEmpty)
            return;
        var vr = e.VR;
        if (vr.IsBulk() || vr == DicomVR.None)
        {
            if (e.Tag == DicomTag.PixelData || e.Length > options.BulkDataThreshold || !e.Buffer.IsInMemory)
                WriteBulk(writer, e, options);
            else
                writer.WriteBase64String("InlineBinary", e.Buffer.Memory.Span);
            return;
        }
        writer.WriteStartArray("Value");
        switch (vr)
        {
            case DicomVR.PN:
                foreach (var name in dataset.GetStrings(e.Tag))
                    WritePersonName(writer, name);
                break;
            case DicomVR.IS or DicomVR.DS:
                foreach (var s in dataset.GetStrings(e.Tag))
                    WriteNumberText(writer, s);
                break;
            case DicomVR.AT:
                foreach (var t in dataset.GetAttributeTags(e.Tag))
                    writer.WriteStringValue(t.ToJsonKey());
                break;
            case DicomVR.FL or DicomVR.FD:
                foreach (var d in dataset.GetDoubles(e.Tag))
                    WriteDouble(writer, d, vr == DicomVR.FL);
                break;
            case DicomVR.UV:
                foreach (var u in dataset.GetUInt64s(e.Tag))
                    writer.WriteNumberValue(u);
                break;
            case DicomVR.US or DicomVR.SS or DicomVR.UL or DicomVR.SL or DicomVR.SV:
                foreach (var l in dataset.GetInt64s(e.Tag))
                    writer.WriteNumberValue(l);
                break;
            default:
                foreach (var s in dataset.GetStrings(e.Tag))
                {
                    // PS3.18 section F.2.5: an empty value inside a multi-valued element is null.
                    if (s.Length == 0)
                        writer.WriteNullValue();
                    else
                        writer.WriteStringValue(s);
                }
                break;
        }
        writer.WriteEndArray();
    }

    private static void WriteBulk(Utf8JsonWriter writer, DicomAttribute attribute, DicomJsonOptions options)
    {
        var uri = options.BulkDataUri?.Invoke(attribute);
        if (uri is not null)
            writer.WriteString("BulkDataURI", uri);
    }

    /// <summary>PS3.18 section F.2.2: PN values are objects with "Alphabetic", "Ideographic" and "Phonetic" members.</summary>
    private static void WritePersonName(Utf8JsonWriter writer, string value)
    {
        if (value.Length == 0)
        {
            writer.WriteNullValue();
            return;
        }
        var name = DicomPersonName.Parse(value);
        writer.WriteStartObject();
        if (name.Alphabetic.Length > 0)
            writer.WriteString("Alphabetic", name.Alphabetic);
        if (name.Ideographic.Length > 0)
            writer.WriteString("Ideographic", name.Ideographic);
        if (name.Phonetic.Length > 0)
            writer.WriteString("Phonetic", name.Phonetic);
        writer.WriteEndObject();
    }

    /// <summary>
    /// IS and DS are JSON numbers (PS3.18 section F.2.3). Text that is already a valid JSON number is written as it is,
    /// keeping every digit; other valid DS/IS forms ("+1", ".5", "01") are re-formatted; invalid text stays a string.
    /// </summary>
    private static void WriteNumberText(Utf8JsonWriter writer, string text)
    {
        if (text.Length == 0)
            writer.WriteNullValue();
        else if (JsonNumber().IsMatch(text))
            writer.WriteRawValue(text, skipInputValidation: true);
        else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            writer.WriteNumberValue(d);
        else
            writer.WriteStringValue(text);
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value, bool single)
    {
        if (!double.IsFinite(value))
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture)); // JSON has no NaN or infinity
        else if (single)
            writer.WriteNumberValue((float)value);
        else
            writer.WriteNumberValue(value);
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}
