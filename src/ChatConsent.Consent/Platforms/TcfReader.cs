using ChatConsent.Consent.Tcf;

namespace ChatConsent.Consent.Platforms;

/// <summary>
/// The IAB TCF TC string. A chat is rarely a GVL vendor, so the site maps it to a publisher custom
/// purpose, to publisher purposes, or to the operator's vendor id; every part mapped must hold.
/// </summary>
internal static class TcfReader
{
    public const string Source = "tcf";

    // The de-facto cookie, OneTrust's own name, and what __tcfapi hands the widget.
    private static readonly string[] Keys = ["euconsent-v2", "eupubconsent-v2", "tcString"];

    // TCF 2.2: strings created after this day with a policy version below 4 are invalid.
    private static readonly DateTimeOffset PolicyFourDeadline = new(2023, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        var mapped = mapping.TcfCustomPurpose is not null || mapping.TcfPublisherPurposes.Count > 0
            || mapping.TcfVendorId is not null;
        if (!mapped)
            return Reading.NotMapped(Source, "publisher purpose, custom purpose or vendor id");
        if (!TryFindString(mapping, signals, out var key, out var raw, out var tcString, out var missing))
            return missing;
        if (!TcStringDecoder.TryDecode(tcString, out var decoded, out var error))
            return Reading.Malformed(Source, key, error);
        if (Invalidity(decoded.Core) is { } invalid)
            return Reading.Malformed(Source, key, invalid);

        var decision = TcfMappingCheck.Check(decoded, mapping, out var scope);
        if (decision is not { } granted)
            return Reading.Malformed(Source, key, "has no publisher TC segment for the mapped purpose");
        var evidence = Reading.Evidence(Source, raw, scope, null, decoded.Core.LastUpdated);
        return Reading.Decide(granted, implied: false, mapping, evidence);
    }

    // Global scope was deprecated in 2021 (IsServiceSpecific must be 1); TCF 2.2 made
    // policy version 4 mandatory for strings created after 30 September 2023.
    private static string? Invalidity(TcCore core) =>
        !core.IsServiceSpecific ? "is not service-specific"
        : core.TcfPolicyVersion < 4 && core.Created >= PolicyFourDeadline ? "has a policy version below 4"
        : null;

    private static bool TryFindString(PlatformMapping mapping, ConsentSignals signals, out string key,
        out string raw, out string tcString, out ConsentDecision missing)
    {
        (key, raw, tcString) = ("", "", "");
        missing = ConsentDecision.Undecided($"{Source}: no TC string cookie or forwarded value");
        foreach (var candidate in mapping.CookieName is { } name ? [name] : Keys)
        {
            if (signals.TryFind(candidate, out _))
            {
                key = candidate;
                var found = Reading.TryFind(signals, Source, candidate, out raw, out missing);
                tcString = raw;
                return found;
            }
        }

        return mapping.CookieName is null && TryFindCookiebotString(signals, out key, out raw, out tcString);
    }

    // Cookiebot embeds the string as iab2 inside its CookieConsent object literal.
    private static bool TryFindCookiebotString(ConsentSignals signals, out string key, out string raw,
        out string tcString)
    {
        (key, tcString) = (CookiebotReader.CookieName, "");
        if (!Reading.TryFind(signals, Source, key, out raw, out _)
            || !CookiebotLiteral.TryParse(raw, out var fields)
            || !fields.TryGetValue("iab2", out var iab2) || !iab2.Quoted)
            return false;
        tcString = iab2.Text;
        return true;
    }
}
