using System.Text;
using System.Text.Unicode;

namespace ChatConsent.Consent.Text;

/// <summary>
/// Strict, single-pass percent decoding. Consent cookies are decoded exactly once here: a second
/// decode (or a form decode) turns the <c>+</c> of Cookiebot's base64 stamps into a space.
/// </summary>
internal static class PercentDecoding
{
    /// <summary>
    /// Decodes <c>%HH</c> escapes as UTF-8 (RFC 3986: <c>+</c> stays <c>+</c>). A broken escape or
    /// bytes that are not UTF-8 make the value unreadable rather than guessed at.
    /// </summary>
    public static bool TryDecode(string value, out string decoded) =>
        TryDecode(value, formEncoded: false, out decoded);

    /// <summary>Form decoding for query-string cookies (OneTrust): <c>+</c> means a space.</summary>
    public static bool TryFormDecode(string value, out string decoded) =>
        TryDecode(value, formEncoded: true, out decoded);

    private static bool TryDecode(string value, bool formEncoded, out string decoded)
    {
        decoded = value;
        if (value.IndexOf('%', StringComparison.Ordinal) < 0 && (!formEncoded || !value.Contains('+')))
            return true;

        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!TryAppend(value, ref i, formEncoded, bytes, ref length))
                return false;
        }

        if (!Utf8.IsValid(bytes.AsSpan(0, length)))
            return false;
        decoded = Encoding.UTF8.GetString(bytes, 0, length);
        return true;
    }

    private static bool TryAppend(string value, ref int i, bool formEncoded, byte[] bytes, ref int length)
    {
        var c = value[i];
        if (c == '%')
        {
            if (i + 2 >= value.Length || !IsHex(value[i + 1]) || !IsHex(value[i + 2]))
                return false;
            bytes[length++] = (byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2]));
            i += 2;
            return true;
        }

        if (formEncoded && c == '+')
        {
            bytes[length++] = (byte)' ';
            return true;
        }

        var width = CharWidth(value, i);
        if (width == 0)
            return false;
        length += Encoding.UTF8.GetBytes(value.AsSpan(i, width), bytes.AsSpan(length));
        i += width - 1;
        return true;
    }

    // A lone surrogate has no UTF-8 form; refusing it keeps the decode exact instead of lossy.
    private static int CharWidth(string value, int i)
    {
        var c = value[i];
        if (!char.IsSurrogate(c))
            return 1;
        return char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) ? 2 : 0;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
