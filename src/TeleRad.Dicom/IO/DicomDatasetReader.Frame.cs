namespace TeleRad.Dicom.IO;

internal sealed partial class DicomDatasetReader
{
    /// <summary>One open container: a data set or item being filled, or a sequence waiting for items.</summary>
    private sealed class Frame
    {
        private Frame(DicomDataset dataset, DicomSequence? sequence, long end, ElementEncoding encoding, bool isItem, DicomTag? tag)
        {
            Dataset = dataset;
            Sequence = sequence;
            End = end;
            Encoding = encoding;
            IsItem = isItem;
            Tag = tag;
        }

        /// <summary>The data set elements go into (for a sequence frame, the data set holding the sequence).</summary>
        public DicomDataset Dataset { get; }

        /// <summary>The sequence, for a sequence frame; null for a data set or item frame.</summary>
        public DicomSequence? Sequence { get; }

        /// <summary>The absolute offset where a defined-length container ends, or -1 for undefined length.</summary>
        public long End { get; }

        public ElementEncoding Encoding { get; }

        public bool IsItem { get; }

        /// <summary>The tag of the enclosing sequence, named in error messages.</summary>
        public DicomTag? Tag { get; }

        public static Frame ForDataset(DicomDataset dataset, long end, ElementEncoding encoding, bool isItem, DicomTag? tag = null) =>
            new(dataset, null, end, encoding, isItem, tag);

        public static Frame ForSequence(DicomSequence sequence, DicomDataset parent, long end, ElementEncoding encoding) =>
            new(parent, sequence, end, encoding, false, sequence.Tag);
    }

    private readonly record struct Header(DicomVR VR, uint Length, bool Explicit);
}
