using System.Globalization;

namespace TeleRad.Dicom.Network.Dimse;

/// <summary>
/// A DIMSE Status (0000,0900) value (PS3.7 annex C; C-STORE codes in PS3.4 section B.2.3). Outcomes of operations are
/// statuses, not exceptions (TeleRad style guide section 3).
/// </summary>
/// <param name="Code">The 16-bit status code.</param>
public readonly record struct DimseStatus(ushort Code)
{
    /// <summary>0000H Success.</summary>
    public static DimseStatus Success { get; } = new(0x0000);

    /// <summary>FF00H Pending.</summary>
    public static DimseStatus Pending { get; } = new(0xFF00);

    /// <summary>FE00H Cancel.</summary>
    public static DimseStatus Cancel { get; } = new(0xFE00);

    /// <summary>0110H Processing failure.</summary>
    public static DimseStatus ProcessingFailure { get; } = new(0x0110);

    /// <summary>0111H Duplicate SOP Instance.</summary>
    public static DimseStatus DuplicateSopInstance { get; } = new(0x0111);

    /// <summary>0122H Refused: SOP Class not supported.</summary>
    public static DimseStatus SopClassNotSupported { get; } = new(0x0122);

    /// <summary>0124H Refused: not authorized.</summary>
    public static DimseStatus NotAuthorized { get; } = new(0x0124);

    /// <summary>0211H Unrecognized operation.</summary>
    public static DimseStatus UnrecognizedOperation { get; } = new(0x0211);

    /// <summary>A700H Refused: out of resources (C-STORE, PS3.4 table B.2-1).</summary>
    public static DimseStatus OutOfResources { get; } = new(0xA700);

    /// <summary>A900H Error: data set does not match SOP Class (C-STORE).</summary>
    public static DimseStatus DataSetDoesNotMatchSopClass { get; } = new(0xA900);

    /// <summary>C000H Error: cannot understand (C-STORE).</summary>
    public static DimseStatus CannotUnderstand { get; } = new(0xC000);

    /// <summary>B000H Warning: coercion of data elements (C-STORE).</summary>
    public static DimseStatus CoercionOfDataElements { get; } = new(0xB000);

    /// <summary>B006H Warning: elements discarded (C-STORE).</summary>
    public static DimseStatus ElementsDiscarded { get; } = new(0xB006);

    /// <summary>B007H Warning: data set does not match SOP Class (C-STORE).</summary>
    public static DimseStatus DataSetDoesNotMatchSopClassWarning { get; } = new(0xB007);

    /// <summary>The status class of <see cref="Code"/> (PS3.7 annex C).</summary>
    public DimseStatusCategory Category => Code switch
    {
        0x0000 => DimseStatusCategory.Success,
        0x0001 or 0x0107 or 0x0116 or (>= 0xB000 and <= 0xBFFF) => DimseStatusCategory.Warning,
        0xFE00 => DimseStatusCategory.Cancel,
        0xFF00 or 0xFF01 => DimseStatusCategory.Pending,
        _ => DimseStatusCategory.Failure,
    };

    /// <summary>True for success and for warnings: the operation was performed.</summary>
    public bool IsSuccessOrWarning => Category is DimseStatusCategory.Success or DimseStatusCategory.Warning;

    /// <summary>True for the failure classes (refused, error, failure).</summary>
    public bool IsFailure => Category == DimseStatusCategory.Failure;

    /// <inheritdoc />
    public override string ToString() => $"0x{Code.ToString("X4", CultureInfo.InvariantCulture)} ({Category})";
}
