using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TeleRad.Dicom;
using TeleRad.Dicom.Dictionary;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Compares our DICOM JSON Model (PS3.18 annex F) of a file with pydicom's and
/// lists every difference as "tag path: what differs", so a failing corpus
/// test says exactly where we disagree. Only differences the standard calls
/// insignificant are normalised away, each rule citing its section; anything
/// else is a difference. (No pydicom defect has needed a file-and-tag
/// exception so far: every other difference the corpus showed was ours and
/// is fixed.)
/// </summary>
public sealed class JsonModelComparer
{
    private readonly bool _bigEndian;
    private readonly List<string> _differences = [];
    private readonly List<string> _skipped = [];

    /// <param name="bigEndian">True when the file's data set is big endian (pydicom keeps OW bytes in file order).</param>
    public JsonModelComparer(bool bigEndian)
    {
        _bigEndian = bigEndian;
    }

    /// <summary>Elements not compared and why (values pydicom could not convert, private values read two ways).</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    /// <summary>Compares two data set objects; returns the differences (empty when equal).</summary>
    public IReadOnlyList<string> Compare(JsonElement ours, JsonElement pydicom)
    {
        _differences.Clear();
        _skipped.Clear();
        CompareDataset(string.Empty, ours, pydicom);
        return [.. _differences];
    }

    private void CompareDataset(string path, JsonElement ours, JsonElement theirs)
    {
        var ourKeys = ours.EnumerateObject().Select(p => p.Name).ToList();
        var theirKeys = theirs.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var key in ourKeys.Union(theirKeys).Order(StringComparer.Ordinal))
        {
            var tag = new DicomTag(uint.Parse(key, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            var tagPath = path + tag;
            var hasOurs = ours.TryGetProperty(key, out var ourElement);
            var hasTheirs = theirs.TryGetProperty(key, out var theirElement);

            // PS3.18 F.2.2: "Group Length (gggg,0000) attributes shall not be
            // included in a DICOM JSON Model object"; pydicom includes them.
            if (tag.IsGroupLength && !hasOurs)
            {
                continue;
            }

            if (!hasOurs || !hasTheirs)
            {
                Report(tagPath, hasOurs ? "only in ours" : "only in pydicom's");
                continue;
            }

            // pydicom could not convert this value (e.g. non-numeric text in an
            // IS/DS element, or NaN, which JSON cannot hold); it has no value to
            // compare against, so only presence is checked.
            if (theirElement.TryGetProperty("error", out _))
            {
                _skipped.Add($"{tagPath}: pydicom could not convert the value");
                continue;
            }

            CompareElement(tag, tagPath, ourElement, theirElement);
        }
    }

    private void CompareElement(DicomTag tag, string path, JsonElement ours, JsonElement theirs)
    {
        var ourVR = ours.GetProperty("vr").GetString()!;
        var theirVR = theirs.GetProperty("vr").GetString()!;
        if (ourVR != theirVR)
        {
            if (tag.IsPrivate && (ourVR == "UN" || theirVR == "UN"))
            {
                // A private element's VR is known only from a private dictionary:
                // implicit VR carries none (PS3.5 7.1.3), and a writer that did
                // not know it wrote UN (PS3.5 6.2.2). pydicom has a private
                // dictionary and re-reads such values with its VR; we have none
                // and keep UN. Both readings are allowed; compare the raw bytes
                // with the interpreted value where that is unambiguous.
                CompareUnknownPrivate(path, ourVR, ours, theirVR, theirs);
                return;
            }

            if (!AllowedVRs(tag).Contains(ourVR) || !AllowedVRs(tag).Contains(theirVR))
            {
                Report(path, $"VR {ourVR} (ours) vs {theirVR} (pydicom)");
                return;
            }

            // PS3.6 allows both VRs for this element ("US or SS", "OB or OW"...);
            // compare the values as the same kind (numbers or bytes) below.
        }

        if (ours.TryGetProperty("BulkDataURI", out _) || theirs.TryGetProperty("BulkDataURI", out _))
        {
            // Bulk values are not compared by this test (dcmdump and the
            // write-back tests cover them); only presence, checked above.
            return;
        }

        var hasOurBinary = ours.TryGetProperty("InlineBinary", out var ourBinary);
        var hasTheirBinary = theirs.TryGetProperty("InlineBinary", out var theirBinary);
        if (hasOurBinary || hasTheirBinary)
        {
            CompareBinary(path, ourVR, hasOurBinary ? ourBinary.GetBytesFromBase64() : [], hasTheirBinary ? theirBinary.GetBytesFromBase64() : []);
            return;
        }

        var ourValues = Values(ours);
        var theirValues = Values(theirs);
        if (ourVR == "SQ")
        {
            CompareItems(path, ourValues, theirValues);
            return;
        }

        // PS3.18 F.2.5: an empty element has no "Value"; an empty value inside a
        // multi-valued element is null. An empty element is thus missing "Value",
        // an empty array or a single null/"" alike.
        if (IsEmpty(ourValues) && IsEmpty(theirValues))
        {
            return;
        }

        if (ourValues.Count != theirValues.Count)
        {
            Report(path, $"{ourValues.Count} values (ours) vs {theirValues.Count} (pydicom): {Show(ourValues)} vs {Show(theirValues)}");
            return;
        }

        for (var i = 0; i < ourValues.Count; i++)
        {
            if (!ValueEquals(ourVR, ourValues[i], theirValues[i]))
            {
                Report(path, $"value {i + 1} (of {ourValues.Count}) differs: {Show(ourValues[i])} (ours) vs {Show(theirValues[i])} (pydicom)");
            }
        }
    }

    private void CompareItems(string path, List<JsonElement> ours, List<JsonElement> theirs)
    {
        if (ours.Count != theirs.Count)
        {
            Report(path, $"{ours.Count} items (ours) vs {theirs.Count} (pydicom)");
            return;
        }

        for (var i = 0; i < ours.Count; i++)
        {
            CompareDataset($"{path}[{i}]", ours[i], theirs[i]);
        }
    }

    private void CompareBinary(string path, string vr, byte[] ours, byte[] theirs)
    {
        // pydicom keeps OW/OF/OL/OD/OV bytes in the file's byte order; ours are
        // little endian. PS3.5 7.3 makes byte order part of the encoding, not of
        // the value, and PS3.18 F.2.7 says PS3.5's byte ordering rules apply:
        // swap pydicom's words to compare the values.
        var width = vr switch
        {
            "OW" => 2,
            "OF" or "OL" => 4,
            "OD" or "OV" => 8,
            _ => 0,
        };
        if (_bigEndian && width > 0)
        {
            theirs = [.. theirs];
            for (var start = 0; start + width <= theirs.Length; start += width)
            {
                Array.Reverse(theirs, start, width);
            }
        }

        if (!ours.AsSpan().SequenceEqual(theirs))
        {
            Report(path, $"binary value differs: {ours.Length} bytes (ours) vs {theirs.Length} (pydicom), first difference at byte {FirstDifference(ours, theirs)}");
        }
    }

    private void CompareUnknownPrivate(string path, string ourVR, JsonElement ours, string theirVR, JsonElement theirs)
    {
        var (rawVR, raw, knownVR, known) = ourVR == "UN" ? (ourVR, ours, theirVR, theirs) : (theirVR, theirs, ourVR, ours);
        var bytes = raw.TryGetProperty("InlineBinary", out var inline) ? inline.GetBytesFromBase64() : [];
        var values = Values(known);
        // In a big endian file pydicom decodes UN bytes in the file's byte
        // order once its dictionary gives a VR, where PS3.5 6.2.2 says they are
        // little endian; such readings are not comparable.
        if (raw.TryGetProperty("BulkDataURI", out _) || known.TryGetProperty("BulkDataURI", out _) || _bigEndian)
        {
            _skipped.Add($"{path}: private element read as {rawVR} and {knownVR}; bulk or big endian, not compared");
            return;
        }

        if (known.TryGetProperty("InlineBinary", out var knownInline))
        {
            // Both readings are bytes (OB, OW... in little endian): compare them.
            CompareBinary(path, "UN", raw.TryGetProperty("InlineBinary", out _) ? bytes : [], knownInline.GetBytesFromBase64());
            return;
        }

        using var document = Decode(knownVR, bytes);
        if (document is null)
        {
            _skipped.Add($"{path}: private element read as {rawVR} and {knownVR}; no unambiguous decoding of the bytes");
            return;
        }

        List<JsonElement> decoded = [.. document.RootElement.EnumerateArray()];
        if (IsEmpty(decoded) && IsEmpty(values))
        {
            return;
        }

        if (decoded.Count != values.Count || decoded.Zip(values).Any(pair => !ValueEquals(knownVR, pair.First, pair.Second)))
        {
            Report(path, $"private element: bytes of the {rawVR} reading decode as {Show(decoded)} as {knownVR}, the {knownVR} reading is {Show(values)}");
        }
    }

    /// <summary>
    /// The values of little endian bytes (implicit and explicit VR little
    /// endian, the only encodings reaching here) as a JSON array in <paramref name="vr"/>.
    /// </summary>
    private static JsonDocument? Decode(string vr, byte[] bytes)
    {
        object[]? values = vr switch
        {
            "AE" or "AS" or "CS" or "DA" or "DT" or "LO" or "SH" or "TM" or "UC" or "UI" =>
                [.. Encoding.Latin1.GetString(bytes).Split('\\')],
            "LT" or "ST" or "UT" or "UR" => [Encoding.Latin1.GetString(bytes)],
            "IS" or "DS" => [.. Encoding.Latin1.GetString(bytes).Split('\\').Select(ParseNumber)],
            "US" => Numbers(bytes, 2, b => BinaryPrimitives.ReadUInt16LittleEndian(b)),
            "SS" => Numbers(bytes, 2, b => BinaryPrimitives.ReadInt16LittleEndian(b)),
            "UL" => Numbers(bytes, 4, b => BinaryPrimitives.ReadUInt32LittleEndian(b)),
            "SL" => Numbers(bytes, 4, b => BinaryPrimitives.ReadInt32LittleEndian(b)),
            "FL" => Numbers(bytes, 4, b => BinaryPrimitives.ReadSingleLittleEndian(b)),
            "FD" => Numbers(bytes, 8, b => BinaryPrimitives.ReadDoubleLittleEndian(b)),
            _ => null,
        };
        return values is null ? null : JsonDocument.Parse(JsonSerializer.Serialize(values));
    }

    private static object ParseNumber(string text) =>
        decimal.TryParse(text.Trim(' ', '\0'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : text;

    private static object[]? Numbers<T>(byte[] bytes, int size, Func<ReadOnlySpan<byte>, T> read)
        where T : notnull
    {
        if (bytes.Length % size != 0)
        {
            return null;
        }

        var result = new object[bytes.Length / size];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = read(bytes.AsSpan(i * size, size));
        }

        return result;
    }

    private static bool ValueEquals(string vr, JsonElement ours, JsonElement theirs)
    {
        if (IsNullOrEmptyString(ours) && IsNullOrEmptyString(theirs))
        {
            // PS3.18 F.2.5: null is the empty value of a multi-valued element.
            return true;
        }

        if (vr == "PN")
        {
            return PersonNameEquals(ours, theirs);
        }

        if (ours.ValueKind == JsonValueKind.Number && theirs.ValueKind == JsonValueKind.Number)
        {
            return NumberEquals(vr, ours, theirs);
        }

        if (ours.ValueKind == JsonValueKind.String && theirs.ValueKind == JsonValueKind.String)
        {
            return StringEquals(vr, ours.GetString()!, theirs.GetString()!);
        }

        return false;
    }

    /// <summary>
    /// Numbers compare as numbers, not as text: "1.50" and 1.5 are one DS
    /// value. FL values are single precision (PS3.5 table 6.2-1): pydicom
    /// prints the double nearest the float, we print the shortest text that
    /// reads back as the same float, so FL compares as float.
    /// </summary>
    private static bool NumberEquals(string vr, JsonElement ours, JsonElement theirs)
    {
        if (ours.TryGetDecimal(out var ourDecimal) && theirs.TryGetDecimal(out var theirDecimal) && ourDecimal == theirDecimal)
        {
            return true;
        }

        var a = ours.GetDouble();
        var b = theirs.GetDouble();
        if (vr is "FL" or "OF")
        {
            return (float)a == (float)b;
        }

        return a == b || Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    private static bool StringEquals(string vr, string ours, string theirs) =>
        string.Equals(Significant(vr, ours), Significant(vr, theirs), StringComparison.Ordinal);

    /// <summary>
    /// The significant part of a string value, per PS3.5 table 6.2-1: trailing
    /// spaces are padding for every string VR; leading spaces are not
    /// significant for AE, CS, DS, IS, LO and SH only (they are significant in
    /// LT, ST, UT and PN, and not allowed at all in the others). UI pads with
    /// NUL (PS3.5 9.1).
    /// </summary>
    private static string Significant(string vr, string value)
    {
        var span = value.AsSpan().TrimEnd(vr == "UI" ? " \0" : " ");
        if (vr is "AE" or "CS" or "DS" or "IS" or "LO" or "SH")
        {
            span = span.TrimStart(' ');
        }

        return span.ToString();
    }

    /// <summary>
    /// PS3.18 F.2.2: only the non-empty component groups of a name are
    /// encoded; pydicom writes an empty "Alphabetic" when a later group is
    /// present, which is the same name.
    /// </summary>
    private static bool PersonNameEquals(JsonElement ours, JsonElement theirs)
    {
        foreach (var group in (string[])["Alphabetic", "Ideographic", "Phonetic"])
        {
            if (!string.Equals(Group(ours, group), Group(theirs, group), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Trailing spaces of a PN value are padding (PS3.5 table 6.2-1).
    private static string Group(JsonElement name, string group) =>
        name.ValueKind == JsonValueKind.Object && name.TryGetProperty(group, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.TrimEnd(' ')
            : string.Empty;

    private static HashSet<string> AllowedVRs(DicomTag tag)
    {
        if (!DicomDictionary.TryGet(tag, out var entry))
        {
            return [];
        }

        var allowed = new HashSet<string>(StringComparer.Ordinal) { entry.VR.Code() };
        if (entry.IsAmbiguousVR)
        {
            allowed.Add(entry.AlternateVR.Code());
        }

        return allowed;
    }

    private static List<JsonElement> Values(JsonElement element) =>
        element.TryGetProperty("Value", out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()]
            : [];

    private static bool IsEmpty(List<JsonElement> values) =>
        values.Count == 0 || (values.Count == 1 && IsNullOrEmptyString(values[0]));

    private static bool IsNullOrEmptyString(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0);

    private static int FirstDifference(byte[] a, byte[] b) => a.AsSpan().CommonPrefixLength(b);

    private static string Show(List<JsonElement> values) => "[" + string.Join(", ", values.Select(Show)) + "]";

    private static string Show(JsonElement value) => value.GetRawText();

    private void Report(string path, string what) => _differences.Add($"{path}: {what}");
}
