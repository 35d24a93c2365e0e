using TeleRad.Dicom.IO;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>One input for <see cref="CaseRunner"/>.</summary>
/// <param name="Id">Everything needed to replay the case (seed, mutator, file, case index), shown on failure.</param>
/// <param name="Input">Builds the input bytes (run on the worker thread, outside the allocation measurement).</param>
/// <param name="FromFile">Read through a temporary file with <see cref="DicomFile.OpenAsync"/> rather than a MemoryStream.</param>
/// <param name="Options">The read options.</param>
internal sealed record RobustnessCase(string Id, Func<byte[]> Input, bool FromFile, DicomReadOptions Options);
