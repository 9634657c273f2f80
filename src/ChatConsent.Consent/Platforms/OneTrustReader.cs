using System.Globalization;

namespace ChatConsent.Consent.Platforms;

/// <summary>
/// OneTrust's <c>OptanonConsent</c> cookie: a query string whose <c>groups</c> field lists
/// <c>GroupId:1|0</c>. It is split on <c>&amp;</c> before each value is form-decoded, since a
/// <c>%26</c> inside <c>landingPath</c> would otherwise split the string.
/// </summary>
internal static class OneTrustReader
{
    public const string Source = "onetrust";
    public const string CookieName = "OptanonConsent";

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        if (mapping.Category is not { } group)
            return Reading.NotMapped(Source, "group id");
        var key = mapping.CookieName ?? CookieName;
        if (!Reading.TryFind(signals, Source, key, out var raw, out var missing))
            return missing;
        if (!QueryFields.TryParse(raw, out var fields) || !fields.TryGetValue("groups", out var groupList))
            return Reading.Malformed(Source, key, "is not a query string with groups");
        if (!QueryFields.TryParseFlags(groupList, out var groups))
            return Reading.Malformed(Source, key, "has groups that are not id:0|1 pairs");

        if (!groups.TryGetValue(group, out var granted))
            return ConsentDecision.Undecided($"{Source}: group {group} is not in {key}");
        // A banner re-shown for re-consent means the stored groups no longer hold.
        if (fields.GetValueOrDefault("AwaitingReconsent") == "true")
            return ConsentDecision.Undecided($"{Source}: {key} is awaiting re-consent");

        // interactionCount=0: the groups are the banner's defaults, not the visitor's choice.
        var implied = !int.TryParse(fields.GetValueOrDefault("interactionCount"), NumberStyles.None,
            CultureInfo.InvariantCulture, out var interactions) || interactions == 0;
        var evidence = Reading.Evidence(Source, raw, group, fields.GetValueOrDefault("consentId"),
            ParseDatestamp(fields.GetValueOrDefault("datestamp")));
        return Reading.Decide(granted, implied, mapping, evidence);
    }

    /// <summary>
    /// OneTrust writes JavaScript's <c>Date.toString()</c>, e.g.
    /// <c>Mon Jun 02 2025 10:15:00 GMT+0200 (Central European Summer Time)</c>; the zone name is
    /// localised, so only the part before it is read.
    /// </summary>
    internal static DateTimeOffset? ParseDatestamp(string? datestamp)
    {
        var text = datestamp?.Split(" (", 2)[0];
        if (text is null || text.Length < 5)
            return null;
        // "+0200" becomes "+02:00", the form .NET's zzz specifier reads.
        var withColon = text.Insert(text.Length - 2, ":");
        return DateTimeOffset.TryParseExact(withColon, "ddd MMM dd yyyy HH:mm:ss 'GMT'zzz",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
    }
}
