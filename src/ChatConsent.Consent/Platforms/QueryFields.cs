using System.Diagnostics.CodeAnalysis;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>The two flat formats: OneTrust's query string and its <c>id:0|1</c> lists.</summary>
internal static class QueryFields
{
    private const int MaxFields = 64;
    private const int MaxFlags = 256;

    /// <summary>
    /// Splits <c>a=1&amp;b=2</c> and form-decodes each value. A repeated field is refused: which one
    /// the platform's script would take is not something to guess on a consent.
    /// </summary>
    public static bool TryParse(string raw, [NotNullWhen(true)] out Dictionary<string, string>? fields)
    {
        fields = null;
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = raw.Split('&', MaxFields + 1);
        if (parts.Length > MaxFields)
            return false;

        foreach (var part in parts)
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !PercentDecoding.TryFormDecode(part[(equals + 1)..], out var value)
                || !parsed.TryAdd(part[..equals], value))
                return false;
        }

        fields = parsed;
        return true;
    }

    /// <summary>Parses <c>C0001:1,C0002:0</c>; an empty list is valid and holds no group.</summary>
    public static bool TryParseFlags(string list, [NotNullWhen(true)] out Dictionary<string, bool>? flags)
    {
        flags = null;
        var parsed = new Dictionary<string, bool>(StringComparer.Ordinal);
        var entries = list.Length == 0 ? [] : list.Split(',', MaxFlags + 1);
        if (entries.Length > MaxFlags)
            return false;

        foreach (var entry in entries)
        {
            var colon = entry.LastIndexOf(':');
            var bit = colon < 0 ? "" : entry[(colon + 1)..];
            if (colon <= 0 || bit is not ("0" or "1") || !parsed.TryAdd(entry[..colon], bit == "1"))
                return false;
        }

        flags = parsed;
        return true;
    }
}
