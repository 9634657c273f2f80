namespace ChatConsent.Consent.Platforms;

/// <summary>
/// CookieYes's <c>cookieyes-consent</c> cookie: unencoded <c>key:value</c> pairs joined by commas,
/// each category <c>yes</c>, <c>no</c> or empty (not chosen yet). The commas are why ASP.NET's
/// cookie collection returns only <c>consentid:...</c>.
/// </summary>
internal static class CookieYesReader
{
    public const string Source = "cookieyes";
    public const string CookieName = "cookieyes-consent";
    private const int MaxFields = 32;

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        if (mapping.Category is not { } category)
            return Reading.NotMapped(Source, "category");
        var key = mapping.CookieName ?? CookieName;
        if (!Reading.TryFind(signals, Source, key, out var raw, out var missing))
            return missing;
        if (!TryParse(raw, out var fields) || !fields.TryGetValue("consentid", out var consentId))
            return Reading.Malformed(Source, key, "is not a CookieYes key:value list");

        if (!fields.TryGetValue(category, out var value))
            return ConsentDecision.Undecided($"{Source}: category {category} is not in {key}");
        if (value.Length == 0)
            return ConsentDecision.Undecided($"{Source}: category {category} is not chosen yet");
        if (value is not ("yes" or "no"))
            return Reading.Malformed(Source, key, $"has {category} neither yes nor no");

        // action:yes records that the visitor acted; without it the values are the banner's defaults.
        var implied = fields.GetValueOrDefault("action") != "yes";
        var evidence = Reading.Evidence(Source, raw, category, NullIfEmpty(consentId), null);
        return Reading.Decide(value == "yes", implied, mapping, evidence);
    }

    private static bool TryParse(string raw, out Dictionary<string, string> fields)
    {
        fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = raw.Split(',', MaxFields + 1);
        if (parts.Length > MaxFields)
            return false;

        foreach (var part in parts)
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !fields.TryAdd(part[..colon], part[(colon + 1)..]))
                return false;
        }

        return true;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
