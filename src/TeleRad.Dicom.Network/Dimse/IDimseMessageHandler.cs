using System.Buffers;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Dimse;

/// <summary>What the <see cref="DimseMessageAssembler"/> reports, in order, for each message received.</summary>
internal interface IDimseMessageHandler
{
    /// <summary>A whole command set arrived; if <see cref="DimseCommand.HasDataSet"/> its data set fragments follow.</summary>
    ValueTask OnCommandAsync(PresentationContext context, DimseCommand command, CancellationToken cancellationToken);

    /// <summary>A data set fragment, valid only during the call.</summary>
    ValueTask OnDataFragmentAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken);

    /// <summary>The last data set fragment was delivered.</summary>
    ValueTask OnDataSetCompleteAsync(CancellationToken cancellationToken);
}
