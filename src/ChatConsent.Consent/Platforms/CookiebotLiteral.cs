using System.Diagnostics.CodeAnalysis;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>One value of Cookiebot's object literal: a bare word or number, or a quoted string.</summary>
internal readonly record struct CookiebotValue(string Text, bool Quoted)
{
    public bool IsBareWord(string word) => !Quoted && Text == word;
}

/// <summary>
/// Cookiebot writes a JavaScript object literal, not JSON: unquoted keys, single-quoted strings,
/// with only <c>'</c> and <c>,</c> percent-encoded, e.g. <c>{stamp:%27...%27%2Cnecessary:true}</c>.
/// A small tokenizer reads it; substring matching on <c>preferences:true</c> would be fooled.
/// </summary>
internal static class CookiebotLiteral
{
    private const int MaxFields = 32;

    public static bool TryParse(string raw, [NotNullWhen(true)] out Dictionary<string, CookiebotValue>? fields)
    {
        fields = null;
        if (!PercentDecoding.TryDecode(raw, out var text) || text.Length < 2 || text[0] != '{' || text[^1] != '}')
            return false;

        var parsed = new Dictionary<string, CookiebotValue>(StringComparer.Ordinal);
        var body = text.AsSpan(1, text.Length - 2);
        while (!body.IsEmpty)
        {
            if (parsed.Count == MaxFields || !TryReadField(ref body, parsed))
                return false;
        }

        fields = parsed;
        return true;
    }

    private static bool TryReadField(ref ReadOnlySpan<char> body, Dictionary<string, CookiebotValue> fields)
    {
        var colon = body.IndexOf(':');
        if (colon <= 0 || !IsKey(body[..colon]))
            return false;

        var key = body[..colon].ToString();
        body = body[(colon + 1)..];
        if (!TryReadValue(ref body, out var value) || !fields.TryAdd(key, value))
            return false;

        // A separator must be followed by another field: "{a:true,}" is not what Cookiebot writes.
        if (body.IsEmpty)
            return true;
        if (body[0] != ',' || body.Length == 1)
            return false;
        body = body[1..];
        return true;
    }

    private static bool TryReadValue(ref ReadOnlySpan<char> body, out CookiebotValue value)
    {
        value = default;
        if (!body.IsEmpty && body[0] == '\'')
        {
            var close = body[1..].IndexOf('\'');
            if (close < 0)
                return false;
            value = new CookiebotValue(body.Slice(1, close).ToString(), Quoted: true);
            body = body[(close + 2)..];
            return true;
        }

        var end = body.IndexOf(',');
        var word = end < 0 ? body : body[..end];
        if (!IsBareValue(word))
            return false;
        value = new CookiebotValue(word.ToString(), Quoted: false);
        body = body[word.Length..];
        return true;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                return false;
        }

        return true;
    }

    private static bool IsBareValue(ReadOnlySpan<char> word)
    {
        if (word is "true" or "false")
            return true;
        var digits = word.StartsWith("-") ? word[1..] : word;
        return !digits.IsEmpty && digits.Length <= 18 && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
