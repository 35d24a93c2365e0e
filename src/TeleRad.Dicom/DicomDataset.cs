using System.Collections;
using TeleRad.Dicom.CharacterSets;

namespace TeleRad.Dicom;

/// <summary>
/// A data set (PS3.5 section 7): attributes kept in ascending tag order. Also used for sequence items and for the File
/// Meta Information group. Typed access for every VR is in the partial files <c>DicomDataset.*.cs</c>.
/// </summary>
public sealed partial class DicomDataset : IEnumerable<DicomAttribute>
{
    private readonly List<DicomAttribute> _attributes = [];
    private DicomElement? _charsetSource;
    private DicomCharacterSet? _charset;

    /// <summary>Creates an empty data set.</summary>
    public DicomDataset()
    {
    }

    /// <summary>Creates a data set holding <paramref name="attributes"/> (later ones replace earlier ones with the same tag).</summary>
    public DicomDataset(IEnumerable<DicomAttribute> attributes)
    {
        foreach (var a in attributes)
            Add(a);
    }

    /// <summary>
    /// The data set enclosing this one when it is a sequence item: items without their own Specific Character Set
    /// inherit the enclosing one (PS3.5 section 7.5.3).
    /// </summary>
    public DicomDataset? Parent { get; set; }

    /// <summary>For a sequence item: true when it is (or was read as) encoded with undefined length and an Item Delimitation Item.</summary>
    public bool UndefinedLength { get; set; } = true;

    /// <summary>The number of attributes.</summary>
    public int Count => _attributes.Count;

    /// <summary>True when there are no attributes.</summary>
    public bool IsEmpty => _attributes.Count == 0;

    /// <summary>The attribute with <paramref name="tag"/>, or null.</summary>
    public DicomAttribute? this[DicomTag tag]
    {
        get
        {
            var i = IndexOf(tag);
            return i >= 0 ? _attributes[i] : null;
        }
    }

    /// <summary>The character set in force for this data set: its own (0008,0005), else the enclosing data set's, else ISO_IR 6.</summary>
    public DicomCharacterSet CharacterSet
    {
        get
        {
            var own = this[DicomTag.SpecificCharacterSet] as DicomElement;
            if (own is null)
                return Parent?.CharacterSet ?? DicomCharacterSet.Default;
            if (!ReferenceEquals(own, _charsetSource) || _charset is null)
            {
                var terms = DecodeStrings(own, DicomCharacterSet.Default, trimLeading: true);
                _charset = DicomCharacterSet.FromDefinedTerms(terms);
                _charsetSource = own;
            }
            return _charset;
        }
    }

    /// <summary>True when an attribute with <paramref name="tag"/> is present.</summary>
    public bool Contains(DicomTag tag) => IndexOf(tag) >= 0;

    /// <summary>Gets the attribute with <paramref name="tag"/> when it is of type <typeparamref name="T"/>.</summary>
    public bool TryGet<T>(DicomTag tag, out T attribute)
        where T : DicomAttribute
    {
        if (this[tag] is T t)
        {
            attribute = t;
            return true;
        }
        attribute = null!;
        return false;
    }

    /// <summary>Adds an attribute, replacing any with the same tag.</summary>
    public void Add(DicomAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        if (attribute is DicomSequence seq)
        {
            foreach (var item in seq.Items)
                item.Parent = this;
        }
        var n = _attributes.Count;
        // Readers add in ascending order, so appending is the common case.
        if (n == 0 || _attributes[n - 1].Tag < attribute.Tag)
        {
            _attributes.Add(attribute);
            return;
        }
        var i = IndexOf(attribute.Tag);
        if (i >= 0)
            _attributes[i] = attribute;
        else
            _attributes.Insert(~i, attribute);
    }

    /// <summary>Removes the attribute with <paramref name="tag"/>; false when there was none.</summary>
    public bool Remove(DicomTag tag)
    {
        var i = IndexOf(tag);
        if (i < 0)
            return false;
        _attributes.RemoveAt(i);
        return true;
    }

    /// <summary>Removes every attribute for which <paramref name="predicate"/> is true.</summary>
    public int RemoveAll(Predicate<DicomAttribute> predicate) => _attributes.RemoveAll(predicate);

    /// <summary>Removes every attribute.</summary>
    public void Clear() => _attributes.Clear();

    /// <summary>A shallow copy: the same attribute objects (values are immutable), a new list; sequences are deep-copied.</summary>
    public DicomDataset Clone()
    {
        var copy = new DicomDataset { UndefinedLength = UndefinedLength, Parent = Parent };
        // Add links the copied items to the copy, so they inherit its character set.
        foreach (var a in _attributes)
            copy.Add(a is DicomSequence s ? new DicomSequence(s.Tag, s.Items.Select(i => i.Clone()), s.UndefinedLength) : a);
        return copy;
    }

    /// <inheritdoc />
    public IEnumerator<DicomAttribute> GetEnumerator() => _attributes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Appends without checking order; the reader guarantees ascending tags or falls back to <see cref="Add"/>.</summary>
    internal void AddFromReader(DicomAttribute attribute)
    {
        var n = _attributes.Count;
        if (n == 0 || _attributes[n - 1].Tag < attribute.Tag)
            _attributes.Add(attribute);
        else
            Add(attribute);
    }

    private int IndexOf(DicomTag tag)
    {
        int lo = 0, hi = _attributes.Count - 1;
        var v = tag.Value;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = _attributes[mid].Tag.Value;
            if (m == v)
                return mid;
            if (m < v)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return ~lo;
    }
}
