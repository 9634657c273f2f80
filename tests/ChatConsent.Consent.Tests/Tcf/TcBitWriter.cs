using System.Text;

namespace ChatConsent.Consent.Tests.Tcf;

/// <summary>Builds TC strings bit by bit, to forge the shapes the reference encoder never writes.</summary>
internal sealed class TcBitWriter
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private readonly StringBuilder _bits = new();

    public TcBitWriter Write(long value, int bits)
    {
        for (var i = bits - 1; i >= 0; i--)
            _bits.Append(((value >> i) & 1) == 1 ? '1' : '0');
        return this;
    }

    /// <summary>A complete core up to (not including) the vendor consent section.</summary>
    public static TcBitWriter CoreHeader(int policyVersion = 5, bool serviceSpecific = true) =>
        new TcBitWriter().Write(2, 6).Write(17_500_000_000, 36).Write(17_500_000_000, 36)
            .Write(10, 12).Write(1, 12).Write(1, 6).Write(4, 6).Write(13, 6).Write(100, 12)
            .Write(policyVersion, 6).Write(serviceSpecific ? 1 : 0, 1).Write(0, 1).Write(0, 12)
            .Write(0xFFFFFF, 24).Write(0, 24).Write(0, 1).Write(3, 6).Write(4, 6);

    public TcBitWriter EmptyVendorSection() => Write(0, 16).Write(0, 1);

    public override string ToString()
    {
        var padded = _bits.ToString().PadRight((_bits.Length + 5) / 6 * 6, '0');
        var text = new StringBuilder();
        for (var i = 0; i < padded.Length; i += 6)
            text.Append(Alphabet[Convert.ToInt32(padded.Substring(i, 6), 2)]);
        return text.ToString();
    }
}
