using System.IO.Compression;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Dimse;

/// <summary>Sends DIMSE messages: a command set, then optionally a data set, each cut into P-DATA fragments.</summary>
internal static class DimseSender
{
    /// <summary>Sends a command set on <paramref name="contextId"/> (PS3.7 annex E).</summary>
    public static async Task SendCommandAsync(Association association, byte contextId, DimseCommand command, CancellationToken cancellationToken)
    {
        var bytes = DimseCommandCodec.Encode(command);
        var stream = new PDataWriteStream(association, contextId, isCommand: true);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await stream.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends <paramref name="dataset"/> encoded in <paramref name="syntax"/> (deflated for Deflated Explicit VR Little
    /// Endian, PS3.5 section A.5). Values left on disk by the reader are streamed from it, never loaded whole.
    /// </summary>
    public static async Task SendDataSetAsync(Association association, byte contextId, DicomDataset dataset, DicomTransferSyntax syntax, CancellationToken cancellationToken)
    {
        var stream = new PDataWriteStream(association, contextId, isCommand: false);
        await using (stream.ConfigureAwait(false))
        {
            if (syntax.IsDeflated)
            {
                var deflate = new DeflateStream(stream, CompressionLevel.Optimal, leaveOpen: true);
                await using (deflate.ConfigureAwait(false))
                    await DicomFile.WriteDatasetAsync(deflate, dataset, syntax, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await DicomFile.WriteDatasetAsync(stream, dataset, syntax, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            await stream.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
