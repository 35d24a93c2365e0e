using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TeleRad.Dicom.Network.Pdus;

/// <summary>Throws parser faults from the hot path without inflating the callers (TeleRad style guide section 3).</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void Fault(UpperLayerFault fault, string message) => throw new UpperLayerException(fault, message);

    [DoesNotReturn]
    public static T Fault<T>(UpperLayerFault fault, string message) => throw new UpperLayerException(fault, message);

    public static string Hex(byte value) => "0x" + value.ToString("X2", CultureInfo.InvariantCulture);
}
