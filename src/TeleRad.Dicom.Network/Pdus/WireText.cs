namespace TeleRad.Dicom.Network.Pdus;

/// <summary>Strict checks for the text fields written into PDUs (writing is strict; reading is lenient).</summary>
internal static class WireText
{
    /// <summary>
    /// An AE title: 1-16 characters of the ISO 646 basic G0 set without backslash or control characters, not only
    /// spaces (PS3.5 table 6.2-1, AE; PS3.8 table 9-11).
    /// </summary>
    public static void CheckAETitle(string? title, string paramName)
    {
        ArgumentNullException.ThrowIfNull(title, paramName);
        if (title.Length is 0 or > 16 || string.IsNullOrWhiteSpace(title))
            throw new ArgumentException($"An AE title has 1 to 16 characters and is not only spaces; got {title.Length} characters.", paramName);
        foreach (var c in title)
        {
            if (c is < ' ' or > '~' or '\\')
                throw new ArgumentException("An AE title holds printable ISO 646 characters other than backslash.", paramName);
        }
    }

    /// <summary>A UID: 1-64 characters, digits and dots (PS3.5 section 9.1).</summary>
    public static void CheckUid(string? uid, string paramName)
    {
        ArgumentNullException.ThrowIfNull(uid, paramName);
        if (uid.Length is 0 or > 64)
            throw new ArgumentException($"A UID has 1 to 64 characters; got {uid.Length}.", paramName);
        foreach (var c in uid)
        {
            if (c is not ((>= '0' and <= '9') or '.'))
                throw new ArgumentException("A UID holds only digits and dots.", paramName);
        }
    }

    /// <summary>An implementation version name: 1-16 printable ISO 646 characters (PS3.7 table D.3-3).</summary>
    public static void CheckVersionName(string? name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (name.Length is 0 or > 16)
            throw new ArgumentException($"An implementation version name has 1 to 16 characters; got {name.Length}.", paramName);
        foreach (var c in name)
        {
            if (c is < ' ' or > '~')
                throw new ArgumentException("An implementation version name holds printable ISO 646 characters.", paramName);
        }
    }
}
