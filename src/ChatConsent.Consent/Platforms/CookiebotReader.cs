using System.Globalization;

namespace ChatConsent.Consent.Platforms;

/// <summary>Cookiebot's <c>CookieConsent</c> cookie: four fixed categories, no per-service consent.</summary>
internal static class CookiebotReader
{
    public const string Source = "cookiebot";
    public const string CookieName = "CookieConsent";

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        if (mapping.Category is not { } category)
            return Reading.NotMapped(Source, "category");
        var key = mapping.CookieName ?? CookieName;
        if (!Reading.TryFind(signals, Source, key, out var raw, out var missing))
            return missing;

        // The whole value -1: the visitor is outside any region that requires consent.
        if (raw == "-1")
        {
            var regionEvidence = Reading.Evidence(Source, raw, category, null, null);
            return Reading.Decide(true, implied: true, mapping, regionEvidence);
        }
        if (!CookiebotLiteral.TryParse(raw, out var fields) || !fields.TryGetValue("stamp", out var stamp))
            return Reading.Malformed(Source, key, "is not a Cookiebot consent object");
        if (!fields.TryGetValue(category, out var value))
            return Reading.Malformed(Source, key, $"has no category {category}");
        if (!value.IsBareWord("true") && !value.IsBareWord("false"))
            return Reading.Malformed(Source, key, $"has no boolean for {category}");

        return Reading.Decide(value.IsBareWord("true"), IsImplied(fields, stamp), mapping,
            Reading.Evidence(Source, raw, category, ConsentId(stamp), Timestamp(fields)));
    }

    // Cookiebot's docs: a consent without a method (cookies from before 2021) counts as implied;
    // stamp '-1' is the non-consent-region stamp, never a visitor's choice.
    private static bool IsImplied(Dictionary<string, CookiebotValue> fields, CookiebotValue stamp) =>
        stamp.Text == "-1" || !fields.TryGetValue("method", out var method)
        || !method.Quoted || method.Text != "explicit";

    private static string? ConsentId(CookiebotValue stamp) =>
        stamp.Quoted && stamp.Text.Length > 0 && stamp.Text != "-1" ? stamp.Text : null;

    private static DateTimeOffset? Timestamp(Dictionary<string, CookiebotValue> fields) =>
        fields.TryGetValue("utc", out var utc) && !utc.Quoted
        && long.TryParse(utc.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
            ? Text.JsonValue.EpochMilliseconds(ms) : null;
}
