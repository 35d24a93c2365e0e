using System.Globalization;
using System.Text.RegularExpressions;
using TeleRad.Dicom;
using TeleRad.Dicom.Dictionary;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// DCMTK's view of a file's data set, parsed from <c>dcmdump</c> output: every
/// element line of the data set (not the meta group) by its path, e.g.
/// <c>(300a,0010)[1](300a,0012)</c>, with the VR and value dcmdump prints.
/// Lines that depend on the encoding rather than on the values are dropped or
/// normalised (see <see cref="Parse"/>).
/// </summary>
public sealed partial class DcmdumpView
{
    /// <summary>
    /// The arguments for <c>dcmdump</c>: <c>+L</c> prints long values whole,
    /// <c>-Un</c> prints UIDs as numbers, <c>+Qo</c> prints non-ASCII bytes as
    /// octal escapes (so the text survives any character set unchanged), and
    /// <c>+uc</c> reads a UN element with the VR DCMTK's dictionary gives it
    /// (PS3.5 6.2.2), so a private element written as UN by an implicit VR
    /// reader and the same element with its real VR print alike.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } = ["+L", "-Un", "+Qo", "+uc"];

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private DcmdumpView(IReadOnlyDictionary<string, DcmdumpElement> elements, IReadOnlyList<string> errors, IReadOnlyList<string> warnings)
    {
        Elements = elements;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The data set's elements by path.</summary>
    public IReadOnlyDictionary<string, DcmdumpElement> Elements { get; }

    /// <summary>The error lines (<c>E:</c>) dcmdump wrote.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The warning lines (<c>W:</c>) dcmdump wrote, e.g. about a VR that does not fit the value.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Runs dcmdump on <paramref name="path"/> and parses what it printed.</summary>
    public static async Task<(PeerResult Result, DcmdumpView View)> DumpAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await PeerProcess.RunAsync("dcmdump", [.. Arguments, path], Timeout, cancellationToken: cancellationToken);
        return (result, Parse(result.StandardOutput, result.StandardError));
    }

    /// <summary>
    /// Like <see cref="DumpAsync"/>, for an original file: when dcmdump cannot
    /// read it as is, it retries with <c>-vr</c> (read an element whose VR
    /// bytes are not a VR as implicit VR), which is how our reader reads
    /// explicit VR files with implicit VR elements mixed in.
    /// </summary>
    public static async Task<(PeerResult Result, DcmdumpView View)> DumpOriginalAsync(string path, CancellationToken cancellationToken = default)
    {
        var first = await DumpAsync(path, cancellationToken);
        if (first.Result.Succeeded)
        {
            return first;
        }

        var result = await PeerProcess.RunAsync("dcmdump", ["-vr", .. Arguments, path], Timeout, cancellationToken: cancellationToken);
        return (result, Parse(result.StandardOutput, result.StandardError));
    }

    /// <summary>
    /// Parses dcmdump's output. Dropped: comment lines (the transfer syntax
    /// dcmdump used), the meta group (it describes the encoding, PS3.10 7.1),
    /// group lengths (retired and encoding-dependent, PS3.5 7.2) and item and
    /// sequence delimiters (PS3.5 7.5: whether lengths are explicit is an
    /// encoding choice). Sequence and item lines keep only their item or
    /// element count ("#=2"), not "explicit/undefined length".
    /// </summary>
    public static DcmdumpView Parse(string standardOutput, string standardError)
    {
        var elements = new Dictionary<string, DcmdumpElement>(StringComparer.Ordinal);
        var errors = standardError.Split('\n').Where(line => line.StartsWith("E:", StringComparison.Ordinal)).ToList();
        var warnings = standardError.Split('\n').Where(line => line.StartsWith("W:", StringComparison.Ordinal)).ToList();

        // Paths of the element (for sequences) and item last seen at each depth.
        var elementPath = new List<string>();
        var itemCount = new List<int>();
        var itemPath = new List<string>();
        var inDataset = !standardOutput.Contains("# Dicom-Data-Set", StringComparison.Ordinal);
        foreach (var line in standardOutput.Split('\n'))
        {
            if (line.StartsWith("# Dicom-Data-Set", StringComparison.Ordinal))
            {
                inDataset = true;
                continue;
            }

            var match = inDataset ? ElementLine().Match(line) : Match.Empty;
            if (!match.Success)
            {
                continue;
            }

            var depth = match.Groups["indent"].Length / 2;
            var tag = $"({match.Groups["tag"].Value})";
            var vr = match.Groups["vr"].Value;
            var value = match.Groups["value"].Value;
            SetDepth(elementPath, depth + 1, string.Empty);
            SetDepth(itemCount, depth + 1, 0);
            SetDepth(itemPath, depth + 1, string.Empty);
            string path;
            if (tag == "(fffe,e000)")
            {
                var sequence = depth > 0 ? elementPath[depth - 1] : string.Empty;
                var index = depth > 0 ? itemCount[depth - 1]++ : 0;
                path = $"{sequence}[{index}]";
                itemPath[depth] = path;
            }
            else if (tag is "(fffe,e00d)" or "(fffe,e0dd)")
            {
                continue;
            }
            else
            {
                path = (depth > 0 ? itemPath[depth - 1] : string.Empty) + tag;
                elementPath[depth] = path;
                itemCount[depth] = 0;
            }

            if (tag.EndsWith(",0000)", StringComparison.Ordinal) || tag.StartsWith("(0002,", StringComparison.Ordinal))
            {
                continue;
            }

            // DCMTK prints "??" for an implicit VR element it has no dictionary
            // entry for, and "UN" when the file says UN: both are the unknown
            // VR of PS3.5 6.2.2.
            elements[path] = new DcmdumpElement(path, vr == "??" ? "UN" : vr, NormaliseStructure(value));
        }

        return new DcmdumpView(elements, errors, warnings);
    }

    /// <summary>
    /// How this view (of our output) differs from <paramref name="original"/>'s:
    /// elements missing on either side, other VRs, other values. Native Pixel
    /// Data is compared by presence only (its bytes are checked through
    /// pydicom); encapsulated fragments are compared byte for byte.
    /// </summary>
    public IReadOnlyList<string> Compare(DcmdumpView original)
    {
        var differences = new List<string>();
        foreach (var path in original.Elements.Keys.Union(Elements.Keys))
        {
            var inOriginal = original.Elements.TryGetValue(path, out var before);
            var inOurs = Elements.TryGetValue(path, out var after);
            if (!inOriginal || !inOurs)
            {
                differences.Add($"{path}: only in {(inOurs ? "ours" : "the original")}");
                continue;
            }

            if (path == "(7fe0,0010)" && before!.VR is "OB" or "OW" && after!.VR is "OB" or "OW" && !before.Value.StartsWith("(PixelSequence", StringComparison.Ordinal))
            {
                continue;
            }

            if (before!.VR != after!.VR && (before.VR == "UN" || after.VR == "UN") && IsUnknownToDictionary(path))
            {
                // An element DCMTK has no VR for, read from implicit VR, is UN;
                // the same element from an explicit VR file has the VR its
                // writer gave it. Compare the value through its bytes.
                var (unknown, known) = before.VR == "UN" ? (before, after) : (after, before);
                if (DcmdumpUnknownValue.TryRender(unknown.Value, known.VR, out var rendered) &&
                    rendered != DcmdumpUnknownValue.TrimPadding(known.Value))
                {
                    differences.Add($"{path}: value {Shorten(after.Value)} as {after.VR} (ours) vs {Shorten(before.Value)} as {before.VR} (original)");
                }
            }
            else if (before.VR != after.VR)
            {
                differences.Add($"{path}: VR {after.VR} (ours) vs {before.VR} (original)");
            }
            else if (before.Value != after.Value)
            {
                differences.Add($"{path}: value {Shorten(after.Value)} (ours) vs {Shorten(before.Value)} (original)");
            }
        }

        return differences;
    }

    // The last tag of a path: private, or not in DCMTK's and our dictionaries
    // (e.g. the illegal group 0001 of pydicom's nested_priv_SQ.dcm).
    private static bool IsUnknownToDictionary(string path)
    {
        var tag = path[^10..^1];
        var group = ushort.Parse(tag[..4], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var element = ushort.Parse(tag[5..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var dicomTag = new DicomTag(group, element);
        return dicomTag.IsPrivate || !DicomDictionary.TryGet(dicomTag, out _);
    }

    private static string Shorten(string value) => value.Length <= 120 ? value : value[..120] + "...";

    private static string NormaliseStructure(string value)
    {
        var count = CountOnly().Match(value);
        return count.Success ? $"({count.Groups["kind"].Value} #={count.Groups["n"].Value})" : value;
    }

    private static void SetDepth<T>(List<T> list, int size, T filler)
    {
        while (list.Count < size)
        {
            list.Add(filler);
        }
    }

    // "(0010,0010) PN [Name]    #   4, 1 PatientName": the comment after the
    // last '#' holds length, multiplicity and name; the length depends on the
    // encoding (padding, UN...), so it is not kept.
    [GeneratedRegex(@"^(?<indent> *)\((?<tag>[0-9a-f]{4},[0-9a-f]{4})\) (?<vr>\S\S) (?<value>.*?)\s*#\s*(?:\d+|u/l),\s*\d+(?: .*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ElementLine();

    [GeneratedRegex(@"^\((?<kind>Sequence|Item|PixelSequence) with (?:explicit|undefined) length #=(?<n>\d+)\)$|^\((?<kind>PixelSequence) #=(?<n>\d+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex CountOnly();
}
