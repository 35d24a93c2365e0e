namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>pydicom's test files (Debian package python3-pydicom): real-world data sets to send, never modified.</summary>
internal static class TestFiles
{
    public const string Directory = "/usr/lib/python3/dist-packages/pydicom/data/test_files";

    /// <summary>Files of several SOP classes and transfer syntaxes: explicit and implicit VR, big endian, deflated, JPEG.</summary>
    public static readonly string[] StorageSample =
    [
        "CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "rtdose.dcm", "MR_small_implicit.dcm", "MR_small_bigendian.dcm",
        "image_dfl.dcm", "JPEG2000.dcm", "SC_rgb_rle.dcm", "rtstruct.dcm",
    ];

    public static string Path(string name)
    {
        var path = System.IO.Path.Combine(Directory, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"pydicom test file {name} not found: install the Debian package python3-pydicom.", path);
        return path;
    }
}
