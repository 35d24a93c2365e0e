using TeleRad.Dicom.Json;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// What a service does with a file the reader accepted: decode its strings, convert it to DICOM JSON, write it again.
/// None of it may throw anything but <see cref="DicomFormatException"/> (whose message holds no value), whatever the
/// input was: fuzzing found crashes here that the reader alone did not show (docs/fuzzing.md).
/// </summary>
internal static class AcceptedFileProcessor
{
    /// <summary>Null when all went well, else what went wrong.</summary>
    public static string? Process(DicomFile file)
    {
        try
        {
            var pending = new Stack<DicomDataset>();
            pending.Push(file.Dataset);
            while (pending.Count > 0)
            {
                var dataset = pending.Pop();
                foreach (var attribute in dataset)
                {
                    if (attribute is DicomSequence s)
                        s.Items.ForEach(pending.Push);
                    else if (attribute is DicomElement { Buffer.IsInMemory: true } e && e.VR.IsString())
                        dataset.GetStrings(e.Tag);
                }
            }
            DicomJsonWriter.WriteAsync(Stream.Null, file.Dataset, new DicomJsonOptions { BulkDataThreshold = 64 }, file.FileMetaInformation)
                .GetAwaiter().GetResult();
        }
        catch (DicomFormatException ex)
        {
            if (ex.Message.Contains(SyntheticSeeds.Sentinel, StringComparison.OrdinalIgnoreCase))
                return $"VALUE IN MESSAGE while decoding: {ex.Message}";
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name} while decoding or converting to JSON: {ex.Message}";
        }

        try
        {
            using var written = new MemoryStream();
            file.WriteAsync(written).GetAwaiter().GetResult();
        }
        catch (DicomFormatException ex)
        {
            // Refusing to write what cannot be encoded is allowed.
            if (ex.Message.Contains(SyntheticSeeds.Sentinel, StringComparison.OrdinalIgnoreCase))
                return $"VALUE IN MESSAGE while writing: {ex.Message}";
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name} while writing: {ex.Message}";
        }
        return null;
    }
}
