namespace TeleRad.Dicom.Network.Dimse;

/// <summary>The status classes of PS3.7 annex C.</summary>
public enum DimseStatusCategory
{
    /// <summary>0000H.</summary>
    Success,

    /// <summary>0001H, 0107H, 0116H and Bxxx.</summary>
    Warning,

    /// <summary>Every other code: refused, error, failure.</summary>
    Failure,

    /// <summary>FE00H.</summary>
    Cancel,

    /// <summary>FF00H and FF01H.</summary>
    Pending,
}
