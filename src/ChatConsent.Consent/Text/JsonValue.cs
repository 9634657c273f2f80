using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace ChatConsent.Consent.Text;

/// <summary>Bounded JSON reading for the platforms that store JSON (Borlabs, Klaro, orestbida...).</summary>
internal static class JsonValue
{
    // Consent objects are shallow; a deep document is an attack, not a consent.
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 16,
        AllowDuplicateProperties = false,
    };

    /// <summary>
    /// Parses a cookie or storage value that is either raw JSON (orestbida v2, localStorage) or
    /// percent-encoded JSON (<c>encodeURIComponent</c>, as Borlabs, Klaro and orestbida v3 write).
    /// Duplicate keys are refused: JavaScript keeps the last one, a naive reader the first, and a
    /// forged value could exploit the difference.
    /// </summary>
    public static bool TryParse(string raw, [NotNullWhen(true)] out JsonDocument? document)
    {
        document = null;
        var text = raw;
        if (!LooksLikeJson(raw) && !PercentDecoding.TryDecode(raw, out text))
            return false;

        // Strict UTF-8 first: JsonDocument throws ArgumentException, not JsonException, on a lone
        // surrogate, and a forged value may carry one.
        try
        {
            document = JsonDocument.Parse(StrictUtf8.GetBytes(text), Options);
            return true;
        }
        catch (Exception e) when (e is JsonException or EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The string value of <paramref name="name"/>, when it is a JSON string.</summary>
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A timestamp written as ISO 8601 text or as epoch milliseconds.</summary>
    public static DateTimeOffset? Timestamp(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var ms))
            return EpochMilliseconds(ms);
        return value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var at) ? at : null;
    }

    /// <summary>
    /// Whether a JSON list of strings holds <paramref name="value"/>; false when it is not such a
    /// list at all, so a forged shape is refused rather than read as "not listed".
    /// </summary>
    public static bool TryListContains(JsonElement list, string value, out bool contains)
    {
        contains = false;
        if (list.ValueKind != JsonValueKind.Array)
            return false;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                return false;
            contains |= item.ValueEquals(value);
        }

        return true;
    }

    /// <summary>Epoch milliseconds within the range a consent can sensibly carry.</summary>
    public static DateTimeOffset? EpochMilliseconds(long ms) =>
        ms is > 0 and < 32_503_680_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    private static bool LooksLikeJson(string raw) => raw.Length > 0 && raw[0] is '{' or '[';
}
