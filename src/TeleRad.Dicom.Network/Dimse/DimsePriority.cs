namespace TeleRad.Dicom.Network.Dimse;

/// <summary>Priority (0000,0700) of a C-STORE, C-FIND, C-GET or C-MOVE request (PS3.7 annex E).</summary>
public enum DimsePriority : ushort
{
    /// <summary>MEDIUM (0000H), the usual value.</summary>
    Medium = 0x0000,

    /// <summary>HIGH (0001H).</summary>
    High = 0x0001,

    /// <summary>LOW (0002H).</summary>
    Low = 0x0002,
}
