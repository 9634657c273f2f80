namespace ChatConsent.Consent.Tcf;

/// <summary>
/// Reads big-endian fields MSB first from one base64url segment. Reading past the end does not
/// throw: it marks the reader overrun and yields zeros, and the decoder refuses an overrun
/// segment, so a truncated string can never be read as a shorter valid one.
/// </summary>
internal sealed class BitReader
{
    private readonly byte[] _sextets;
    private int _position;

    private BitReader(byte[] sextets) => _sextets = sextets;

    public bool Overrun { get; private set; }

    public int Remaining => (_sextets.Length * 6) - _position;

    /// <summary>Decodes base64url (RFC 4648 §5), tolerating the <c>=</c> padding some encoders add.</summary>
    public static BitReader? FromBase64Url(ReadOnlySpan<char> segment)
    {
        segment = segment.TrimEnd('=');
        var sextets = new byte[segment.Length];
        for (var i = 0; i < segment.Length; i++)
        {
            var value = SextetOf(segment[i]);
            if (value < 0)
                return null;
            sextets[i] = (byte)value;
        }

        return new BitReader(sextets);
    }

    public long Read(int bits)
    {
        if (bits > Remaining)
        {
            Overrun = true;
            _position = _sextets.Length * 6;
            return 0;
        }

        long value = 0;
        for (var i = 0; i < bits; i++, _position++)
            value = (value << 1) | (uint)((_sextets[_position / 6] >> (5 - (_position % 6))) & 1);
        return value;
    }

    public int ReadInt(int bits) => (int)Read(bits);

    public bool ReadBool() => Read(1) == 1;

    public IdFlags ReadFlags(int length)
    {
        ulong bits = 0;
        for (var id = 1; id <= length; id++)
        {
            if (ReadBool())
                bits |= 1UL << (id - 1);
        }

        return new IdFlags(bits, length);
    }

    private static int SextetOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => -1,
    };
}
