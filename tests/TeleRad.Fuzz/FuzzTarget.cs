using TeleRad.Dicom;
using TeleRad.Dicom.IO;
using TeleRad.Dicom.Json;

namespace TeleRad.Fuzz;

/// <summary>
/// What one fuzz input must satisfy: reading it (from a stream, and from a file, whose large values stay on disk)
/// either succeeds or throws <see cref="DicomFormatException"/> naming a byte offset, without echoing input text; a
/// successful read can be decoded, converted to JSON and written again, and what was written reads back. Anything
/// else escapes as an exception, which afl++ records as a crash.
/// </summary>
internal sealed class FuzzTarget
{
    /// <summary>Small limits so a deflate bomb or lying length hits a limit instead of afl's memory limit.</summary>
    private static readonly DicomReadOptions StreamOptions = new()
    {
        MaxInflatedLength = 16 << 20,
        MaxInMemoryValueLength = 16 << 20,
        MaxItemsPerSequence = 100_000,
    };

    /// <summary>A low threshold so that file reads exercise values left on disk (FileRangeBuffer).</summary>
    private static readonly DicomReadOptions FileOptions = StreamOptions with { LargeValueThreshold = 256 };

    private readonly string _tempFile;

    public FuzzTarget(string tempFile) => _tempFile = tempFile;

    public void Run(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        var bytes = copy.ToArray();

        var fromStream = Read(bytes, () => DicomFile.ReadAsync(new MemoryStream(bytes, writable: false), StreamOptions));
        File.WriteAllBytes(_tempFile, bytes);
        var fromFile = Read(bytes, () => DicomFile.OpenAsync(_tempFile, FileOptions));
        if ((fromStream is null) != (fromFile is null) && !DiffersOnlyByLimits(fromStream, fromFile))
            throw new InvalidOperationException("stream and file reads disagree on whether the input is valid");
        if (fromStream is not null)
            Exercise(fromStream, bytes);
        if (fromFile is not null)
            Exercise(fromFile, bytes);
    }

    private static DicomFile? Read(byte[] bytes, Func<Task<DicomFile>> read)
    {
        try
        {
            var file = read().GetAwaiter().GetResult();
            foreach (var warning in file.Warnings)
                CheckNoInputText(warning, bytes);
            return file;
        }
        catch (DicomFormatException ex)
        {
            if (ex.Offset < 0 || !ex.Message.Contains("byte offset", StringComparison.Ordinal))
                throw new InvalidOperationException("a reader error without a byte offset", ex);
            CheckNoInputText(ex.Message, bytes);
            return null;
        }
    }

    /// <summary>A file read leaves large values on disk, so it may succeed where the stream read hit a memory limit.</summary>
    private static bool DiffersOnlyByLimits(DicomFile? fromStream, DicomFile? fromFile) => fromStream is null && fromFile is not null;

    /// <summary>What a service does with a file it accepted: decode its strings, convert it to JSON, store it again.</summary>
    private static void Exercise(DicomFile file, byte[] input)
    {
        try
        {
            Walk(file.Dataset);
            DicomJsonWriter.WriteAsync(Stream.Null, file.Dataset, new DicomJsonOptions { BulkDataThreshold = 64 }, file.FileMetaInformation)
                .GetAwaiter().GetResult();
        }
        catch (DicomFormatException ex)
        {
            CheckNoInputText(ex.Message, input);
        }

        using var written = new MemoryStream();
        try
        {
            file.WriteAsync(written).GetAwaiter().GetResult();
        }
        catch (DicomFormatException ex)
        {
            CheckNoInputText(ex.Message, input);
            return;
        }
        // What the toolkit wrote must read back, or fail as cleanly as any input. It may fail: a value read as UN
        // (say, an unknown VR) is written as UN, and UN of a tag the dictionary knows as SQ is read back as an implicit
        // VR sequence (PS3.5 section 6.2.2), which the original bytes need not be.
        written.Position = 0;
        Read(input, () => DicomFile.ReadAsync(written, StreamOptions));
    }

    private static void Walk(DicomDataset dataset)
    {
        var pending = new Stack<DicomDataset>();
        pending.Push(dataset);
        while (pending.Count > 0)
        {
            var d = pending.Pop();
            foreach (var attribute in d)
            {
                if (attribute is DicomSequence s)
                {
                    foreach (var item in s.Items)
                        pending.Push(item);
                }
                else if (attribute is DicomElement { Buffer.IsInMemory: true } e && e.VR.IsString())
                {
                    d.GetStrings(e.Tag);
                }
            }
        }
    }

    /// <summary>
    /// Messages must never hold element values (patient data). Without knowing which bytes are values, a cheap check:
    /// no run of eight or more printable non-space characters from the input appears in the message.
    /// </summary>
    private static void CheckNoInputText(string message, byte[] input)
    {
        var runs = 0;
        var start = -1;
        for (var i = 0; i <= input.Length && runs < 256; i++)
        {
            var printable = i < input.Length && input[i] is > 0x20 and < 0x7F;
            if (printable && start < 0)
                start = i;
            else if (!printable && start >= 0)
            {
                if (i - start >= 8)
                {
                    runs++;
                    var text = System.Text.Encoding.ASCII.GetString(input, start, i - start);
                    if (message.Contains(text, StringComparison.Ordinal))
                        throw new InvalidOperationException($"a message repeats {i - start} bytes of input text from offset {start}");
                }
                start = -1;
            }
        }
    }
}
