using System.Buffers.Binary;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Deterministic mutators: the same seed, kind, case index and <see cref="Random"/> seed always give the same bytes,
/// so a failing case can be replayed from the identifiers in its failure message.
/// </summary>
internal static class Mutations
{
    private static readonly string[] AllVRs =
        ["AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "OB", "OD", "OF", "OL", "OV", "OW", "PN",
         "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV"];

    public static byte[] Apply(MutationKind kind, SeedFile seed, Random rng, int caseIndex, int casesPerSeed) => kind switch
    {
        MutationKind.Truncate => Truncate(seed, rng, caseIndex, casesPerSeed),
        MutationKind.BitFlip => BitFlip(seed, rng),
        MutationKind.ByteSet => ByteSet(seed, rng),
        MutationKind.LyingLength => LyingLength(seed, rng),
        MutationKind.InvalidVR => InvalidVR(seed, rng),
        MutationKind.Delimiter => Delimiter(seed, rng),
        MutationKind.Duplicate => Duplicate(seed, rng),
        MutationKind.TagSwap => TagSwap(seed, rng),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Truncate(SeedFile seed, Random rng, int caseIndex, int casesPerSeed)
    {
        var body = seed.Body;
        var evenly = casesPerSeed / 2;
        int cut;
        if (caseIndex < evenly)
            cut = (int)((long)(caseIndex + 1) * body.Length / (evenly + 1));
        else if (seed.Fields.Count > 0 && rng.Next(2) == 0)
        {
            var f = PickField(seed, rng);
            cut = Math.Min(body.Length, f.TagOffset + rng.Next(f.ValueOffset - f.TagOffset + 3));
        }
        else
            cut = rng.Next(body.Length + 1);
        return body[..cut];
    }

    private static byte[] BitFlip(SeedFile seed, Random rng)
    {
        var body = (byte[])seed.Body.Clone();
        for (var n = rng.Next(1, 5); n > 0 && body.Length > 0; n--)
            body[PickPosition(seed, rng)] ^= (byte)(1 << rng.Next(8));
        return body;
    }

    private static byte[] ByteSet(SeedFile seed, Random rng)
    {
        var body = (byte[])seed.Body.Clone();
        for (var n = rng.Next(1, 5); n > 0 && body.Length > 0; n--)
            body[PickPosition(seed, rng)] = rng.Next(2) == 0 ? (byte)0x00 : (byte)0xFF;
        return body;
    }

    private static byte[] LyingLength(SeedFile seed, Random rng)
    {
        if (seed.Fields.Count == 0)
            return ByteSet(seed, rng);
        var body = (byte[])seed.Body.Clone();
        for (var n = rng.Next(4) == 0 ? 2 : 1; n > 0; n--)
        {
            var f = PickField(seed, rng);
            var remaining = (uint)Math.Max(0, body.Length - f.ValueOffset);
            if (f.LengthSize == 4)
            {
                uint value = rng.Next(12) switch
                {
                    0 => 0xFFFFFFFF,
                    1 => 0xFFFFFFFE,
                    2 => 0x7FFFFFFF,
                    3 => 0x80000000,
                    4 => (uint)rng.NextInt64(0x10000000, 0xFFFFFFF0),
                    5 => f.Length == 0xFFFFFFFF ? 0x7FFFFFF1 : f.Length | 1,
                    6 => remaining + 1,
                    7 => remaining + 2,
                    8 => remaining + (uint)rng.Next(3, 64),
                    9 => 0,
                    10 => f.Length == 0xFFFFFFFF ? 8 : (f.Length * 2) + 2,
                    _ => f.Length is 0xFFFFFFFF or < 2 ? 2 : f.Length - 2,
                };
                WriteUInt32(body, f.LengthOffset, value, f.BigEndian);
            }
            else
            {
                ushort value = rng.Next(7) switch
                {
                    0 => 0xFFFF,
                    1 => 0xFFFE,
                    2 => (ushort)(f.Length | 1),
                    3 => 0,
                    4 => (ushort)Math.Min(0xFFFF, remaining + 1),
                    5 => (ushort)Math.Min(0xFFFF, remaining + 2),
                    _ => (ushort)(f.Length + 2),
                };
                if (f.BigEndian)
                    BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(f.LengthOffset), value);
                else
                    BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(f.LengthOffset), value);
            }
        }
        return body;
    }

    private static byte[] InvalidVR(SeedFile seed, Random rng)
    {
        var candidates = seed.Fields.Where(f => f.VROffset >= 0).ToList();
        if (candidates.Count == 0)
            return BitFlip(seed, rng);
        var body = (byte[])seed.Body.Clone();
        var f = candidates[rng.Next(candidates.Count)];
        var (a, b) = rng.Next(6) switch
        {
            0 => ((byte)rng.Next(256), (byte)rng.Next(256)),
            1 => ((byte)'Z', (byte)'Z'),
            2 => ((byte)0, (byte)0),
            3 => ((byte)(body[f.VROffset] | 0x20), (byte)(body[f.VROffset + 1] | 0x20)),
            4 => ((byte)' ', (byte)' '),
            _ => VR(AllVRs[rng.Next(AllVRs.Length)]),
        };
        body[f.VROffset] = a;
        body[f.VROffset + 1] = b;
        return body;
    }

    private static byte[] Delimiter(SeedFile seed, Random rng)
    {
        var structural = seed.Fields.Where(f => f.Kind is HeaderKind.Item or HeaderKind.Delimiter or HeaderKind.Fragment).ToList();
        if (structural.Count > 0 && rng.Next(3) == 0)
        {
            // Remove an item or delimiter header.
            var f = structural[rng.Next(structural.Count)];
            return [.. seed.Body.AsSpan(0, f.TagOffset), .. seed.Body.AsSpan(f.TagOffset + 8)];
        }
        var bigEndian = seed.Fields.Count > 0 && seed.Fields[^1].BigEndian;
        var at = seed.Fields.Count > 0 && rng.Next(4) > 0 ? PickField(seed, rng).TagOffset : rng.Next(seed.Body.Length + 1);
        var (element, length) = rng.Next(6) switch
        {
            0 => ((ushort)0xE00D, 0u),
            1 => ((ushort)0xE0DD, 0u),
            2 => ((ushort)0xE000, 0xFFFFFFFFu),
            3 => ((ushort)0xE000, (uint)rng.Next(0, 64) * 2),
            4 => ((ushort)0xE00D, (uint)rng.Next(1, 1 << 20)),
            _ => ((ushort)0xE0DD, 0xFFFFFFFFu),
        };
        var header = new byte[8];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(header, 0xFFFE);
            BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), element);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header, 0xFFFE);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), element);
        }
        WriteUInt32(header, 4, length, bigEndian);
        return [.. seed.Body.AsSpan(0, at), .. header, .. seed.Body.AsSpan(at)];
    }

    private static byte[] Duplicate(SeedFile seed, Random rng)
    {
        var body = seed.Body;
        int start, end;
        if (seed.Fields.Count >= 2)
        {
            var i = rng.Next(seed.Fields.Count - 1);
            var j = Math.Min(seed.Fields.Count - 1, i + 1 + rng.Next(4));
            (start, end) = (seed.Fields[i].TagOffset, seed.Fields[j].TagOffset);
        }
        else
        {
            start = rng.Next(body.Length + 1);
            end = Math.Min(body.Length, start + rng.Next(1, 64));
        }
        end = Math.Min(end, start + 4096);
        var region = body.AsSpan(start, Math.Max(0, end - start));
        var at = rng.Next(2) == 0 || seed.Fields.Count == 0 ? end : PickField(seed, rng).TagOffset;
        var repeats = rng.Next(1, 4);
        var result = new List<byte>(body.Length + (region.Length * repeats));
        result.AddRange(body.AsSpan(0, at));
        for (var r = 0; r < repeats; r++)
            result.AddRange(region);
        result.AddRange(body.AsSpan(at));
        return [.. result];
    }

    private static byte[] TagSwap(SeedFile seed, Random rng)
    {
        if (seed.Fields.Count == 0)
            return BitFlip(seed, rng);
        var body = (byte[])seed.Body.Clone();
        var index = rng.Next(seed.Fields.Count);
        var f = seed.Fields[index];
        var original = ReadTag(body, f.TagOffset, f.BigEndian);
        var (group, element) = rng.Next(11) switch
        {
            0 => ((ushort)0xFFFE, (ushort)0xE000),
            1 => ((ushort)0xFFFE, (ushort)0xE00D),
            2 => ((ushort)0xFFFE, (ushort)0xE0DD),
            3 => ((ushort)0x7FE0, (ushort)0x0010),
            4 => ((ushort)0x0008, (ushort)0x0005),
            5 => ((ushort)0x0002, (ushort)0x0010),
            6 => ((ushort)0x0000, (ushort)0x0000),
            7 => index > 0 ? ReadTag(body, seed.Fields[index - 1].TagOffset, f.BigEndian) : ((ushort)0xFFFF, (ushort)0xFFFF),
            8 => (original.Group, (ushort)0x0000),
            9 => ((ushort)0xFFFF, (ushort)0xFFFF),
            _ => ((ushort)rng.Next(0x10000), (ushort)rng.Next(0x10000)),
        };
        if (f.BigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(f.TagOffset), group);
            BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(f.TagOffset + 2), element);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(f.TagOffset), group);
            BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(f.TagOffset + 2), element);
        }
        return body;
    }

    /// <summary>Mostly a byte of some header (tag, VR or length), sometimes anywhere.</summary>
    private static int PickPosition(SeedFile seed, Random rng)
    {
        if (seed.Fields.Count == 0 || rng.Next(5) < 2)
            return rng.Next(seed.Body.Length);
        var f = PickField(seed, rng);
        return Math.Min(seed.Body.Length - 1, f.TagOffset + rng.Next(f.ValueOffset - f.TagOffset));
    }

    private static HeaderField PickField(SeedFile seed, Random rng) => seed.Fields[rng.Next(seed.Fields.Count)];

    private static (ushort Group, ushort Element) ReadTag(byte[] body, int offset, bool bigEndian) => bigEndian
        ? (BinaryPrimitives.ReadUInt16BigEndian(body.AsSpan(offset)), BinaryPrimitives.ReadUInt16BigEndian(body.AsSpan(offset + 2)))
        : (BinaryPrimitives.ReadUInt16LittleEndian(body.AsSpan(offset)), BinaryPrimitives.ReadUInt16LittleEndian(body.AsSpan(offset + 2)));

    private static (byte, byte) VR(string code) => ((byte)code[0], (byte)code[1]);

    private static void WriteUInt32(byte[] target, int offset, uint value, bool bigEndian)
    {
        if (bigEndian)
            BinaryPrimitives.WriteUInt32BigEndian(target.AsSpan(offset), value);
        else
            BinaryPrimitives.WriteUInt32LittleEndian(target.AsSpan(offset), value);
    }
}
