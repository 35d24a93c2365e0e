using System.IO.Compression;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// One seed for mutation: the bytes mutators work on (<see cref="Body"/>) with the headers found in them, and how a
/// mutated body becomes an input file. For a deflated seed the body is the inflated data set, so that lying lengths
/// and the rest reach the reader through the inflate path; <see cref="Compose"/> deflates it again behind the meta group.
/// </summary>
internal sealed class SeedFile
{
    private readonly byte[]? _deflatePrefix;

    private SeedFile(string name, byte[] body, IReadOnlyList<HeaderField> fields, byte[]? deflatePrefix)
    {
        Name = name;
        Body = body;
        Fields = fields;
        _deflatePrefix = deflatePrefix;
    }

    /// <summary>A short name for failure messages (file name, with "[inflated]" for the inflated form).</summary>
    public string Name { get; }

    public byte[] Body { get; }

    public IReadOnlyList<HeaderField> Fields { get; }

    /// <summary>The seeds a file gives: itself, and for a deflated file also its inflated data set.</summary>
    public static IEnumerable<SeedFile> FromFile(string name, byte[] file)
    {
        var layout = StructureScanner.ScanFile(file);
        yield return new SeedFile(name, file, layout.Fields, null);
        if (!layout.Deflated)
            yield break;
        byte[] inflated;
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(file, layout.DatasetOffset, file.Length - layout.DatasetOffset), CompressionMode.Decompress);
            using var output = new MemoryStream();
            deflate.CopyTo(output);
            inflated = output.ToArray();
        }
        catch (InvalidDataException)
        {
            yield break;
        }
        var fields = new List<HeaderField>();
        StructureScanner.ScanDataset(inflated, 0, explicitVR: true, bigEndian: false, fields);
        yield return new SeedFile(name + "[inflated]", inflated, fields, file[..layout.DatasetOffset]);
    }

    /// <summary>The input file for a (mutated) body.</summary>
    public byte[] Compose(byte[] body)
    {
        if (_deflatePrefix is null)
            return body;
        using var output = new MemoryStream();
        output.Write(_deflatePrefix);
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
            deflate.Write(body);
        return output.ToArray();
    }
}
