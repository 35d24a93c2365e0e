using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.UpperLayer;
using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network;

/// <summary>
/// A DICOM SCU on one association: C-ECHO (PS3.4 annex A) and C-STORE (PS3.4 annex B), one operation at a time.
/// Outcomes are <see cref="DimseStatus"/> values; exceptions mean the operation could not be carried out
/// (<see cref="DimseException"/>) or the association failed (<see cref="UpperLayerException"/>).
/// </summary>
public sealed partial class DicomClient : IAsyncDisposable
{
    private const int MaxCommandLength = 64 * 1024;

    private readonly Association _association;
    private readonly ClientUser _user;
    private readonly DicomClientOptions _options;
    private readonly SemaphoreSlim _operation = new(1, 1);
    private ushort _lastMessageId;

    private DicomClient(Association association, ClientUser user, DicomClientOptions options)
    {
        _association = association;
        _user = user;
        _options = options;
    }

    /// <summary>The association, with the negotiated presentation contexts and parameters.</summary>
    public Association Association => _association;

    /// <summary>
    /// Opens an association with the presentation contexts of <paramref name="options"/>. Throws
    /// <see cref="UpperLayerException"/> when it is rejected (see <see cref="UpperLayerException.Rejection"/>), aborted,
    /// or the connection fails or times out.
    /// </summary>
    public static async Task<DicomClient> ConnectAsync(DicomClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var request = new AssociateRequestPdu
        {
            CalledAETitle = options.CalledAETitle,
            CallingAETitle = options.CallingAETitle,
            PresentationContexts = options.PresentationContexts
                .Select((p, i) => new PresentationContextRequest((byte)(2 * i + 1), p.AbstractSyntax, p.TransferSyntaxes.Select(t => t.Uid).ToList()))
                .ToList(),
            UserInformation = new UserInformation
            {
                MaxLength = options.Association.MaxPduLength,
                ImplementationClassUid = options.Association.ImplementationClassUid,
                ImplementationVersionName = options.Association.ImplementationVersionName,
                OperationsWindow = options.OperationsWindow,
                RoleSelections = options.RoleSelections,
                ExtendedNegotiations = options.ExtendedNegotiations,
                UserIdentity = options.UserIdentity,
            },
        };
        var user = new ClientUser(MaxCommandLength);
        var association = await Association.RequestAsync(options.Host, options.Port, request, options.Association, user, cancellationToken).ConfigureAwait(false);
        return new DicomClient(association, user, options);
    }

    /// <summary>Sends a C-ECHO-RQ on the Verification context and returns the response's status.</summary>
    public async Task<DimseStatus> EchoAsync(CancellationToken cancellationToken = default)
    {
        var context = _association.PresentationContexts.FirstOrDefault(c => c.IsAccepted && c.AbstractSyntax == DicomUids.Verification)
            ?? throw new DimseException(DimseFault.NoPresentationContext, $"the SCP accepted no presentation context for Verification ({DicomUids.Verification}).");
        var response = await RunAsync(context, DimseCommand.EchoRequest, dataset: null, cancellationToken).ConfigureAwait(false);
        return response.Status!.Value;
    }

    /// <summary>
    /// Sends the instance in a C-STORE-RQ and returns the SCP's status. The data set goes in the file's own transfer
    /// syntax when a context accepted it, else (for uncompressed data) converted to an accepted uncompressed one; it
    /// is streamed, values left on disk by the reader are read as they are sent. Throws <see cref="DimseException"/>
    /// (<see cref="DimseFault.NoPresentationContext"/>) when no accepted context fits.
    /// </summary>
    public async Task<DimseStatus> StoreAsync(DicomFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sopClass = file.Dataset.GetString(DicomTags.SOPClassUID) ?? file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID);
        var sopInstance = file.Dataset.GetString(DicomTags.SOPInstanceUID) ?? file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID);
        if (string.IsNullOrEmpty(sopClass) || string.IsNullOrEmpty(sopInstance))
            throw new ArgumentException("The instance has no SOP Class UID (0008,0016) or SOP Instance UID (0008,0018).", nameof(file));
        var context = ChooseStorageContext(sopClass, file.TransferSyntax)
            ?? throw new DimseException(DimseFault.NoPresentationContext, $"no accepted presentation context carries SOP class {sopClass} in {file.TransferSyntax.Uid} or a syntax it converts to.");
        var response = await RunAsync(context, id => DimseCommand.StoreRequest(id, sopClass, sopInstance, _options.Priority), file.Dataset, cancellationToken).ConfigureAwait(false);
        return response.Status!.Value;
    }

    /// <summary>Reads the file at <paramref name="path"/> and sends it like <see cref="StoreAsync(DicomFile, CancellationToken)"/>.</summary>
    public async Task<DimseStatus> StoreAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = await DicomFile.OpenAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await StoreAsync(file, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the association (A-RELEASE).</summary>
    public Task ReleaseAsync(CancellationToken cancellationToken = default) => _association.ReleaseAsync(cancellationToken);

    /// <summary>Aborts the association (A-ABORT).</summary>
    public Task AbortAsync(CancellationToken cancellationToken = default) => _association.AbortAsync(cancellationToken);

    /// <summary>Aborts the association if it was not released, and closes the connection.</summary>
    public ValueTask DisposeAsync() => _association.DisposeAsync();

    private PresentationContext? ChooseStorageContext(string sopClass, DicomTransferSyntax syntax)
    {
        var candidates = _association.PresentationContexts.Where(c => c.IsAccepted && c.AbstractSyntax == sopClass).ToList();
        var exact = candidates.FirstOrDefault(c => c.TransferSyntax!.Uid == syntax.Uid);
        if (exact is not null || syntax.IsEncapsulated || syntax.IsUnknown)
            return exact;
        // Native data converts between the native syntaxes (the toolkit writes any of them); prefer explicit VR.
        return candidates
            .Where(c => !c.TransferSyntax!.IsEncapsulated && !c.TransferSyntax.IsUnknown)
            .OrderBy(c => c.TransferSyntax == DicomTransferSyntax.ExplicitVRLittleEndian ? 0 : c.TransferSyntax == DicomTransferSyntax.ImplicitVRLittleEndian ? 1 : 2)
            .FirstOrDefault();
    }

    /// <summary>Sends a request (and its data set) and waits for the final response, bounded by the DIMSE timeout.</summary>
    private async Task<DimseCommand> RunAsync(PresentationContext context, Func<ushort, DimseCommand> build, DicomDataset? dataset, CancellationToken cancellationToken)
    {
        await _operation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _lastMessageId = (ushort)(_lastMessageId == ushort.MaxValue ? 1 : _lastMessageId + 1);
            var command = build(_lastMessageId);
            var response = _user.Expect(_lastMessageId);
            await DimseSender.SendCommandAsync(_association, context.Id, command, cancellationToken).ConfigureAwait(false);
            if (dataset is not null)
                await DimseSender.SendDataSetAsync(_association, context.Id, dataset, context.TransferSyntax!, cancellationToken).ConfigureAwait(false);
            try
            {
                return await response.WaitAsync(_options.DimseTimeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException e)
            {
                await _association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
                throw new DimseException(DimseFault.ResponseTimeout, $"no response to the {command.CommandField} within {_options.DimseTimeout}.", e);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Half a message may be on the wire and a response may still come: the association cannot be reused.
            await _association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            _user.Forget();
            _operation.Release();
        }
    }
}
