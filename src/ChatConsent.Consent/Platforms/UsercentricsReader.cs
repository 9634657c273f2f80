using System.Text.Json;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>
/// Usercentrics keeps consent in localStorage only (its CMP "does not manage cookies"), so the
/// widget forwards it: v3's <c>ucData</c> first, else v2's <c>uc_settings</c>. Consent is per
/// service template id; categories only group services.
/// </summary>
internal static class UsercentricsReader
{
    public const string Source = "usercentrics";
    public const string V3Key = "ucData";
    public const string V2Key = "uc_settings";

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        if (mapping.Service is not { } templateId)
            return Reading.NotMapped(Source, "service template id");

        var v3Key = mapping.CookieName ?? V3Key;
        if (Reading.TryFind(signals, Source, v3Key, out var raw, out var missing))
            return ReadParsed(raw, v3Key, templateId, mapping, UsercentricsV3.TryRead);
        if (signals.TryFind(v3Key, out _) || mapping.CookieName is not null)
            return missing;

        return Reading.TryFind(signals, Source, V2Key, out raw, out missing)
            ? ReadParsed(raw, V2Key, templateId, mapping, UsercentricsV2.TryRead)
            : ConsentDecision.Undecided($"{Source}: no {V3Key} or {V2Key} forwarded by the widget");
    }

    private static ConsentDecision ReadParsed(string raw, string key, string templateId, PlatformMapping mapping,
        ServiceConsentReader read)
    {
        if (!JsonValue.TryParse(raw, out var document))
            return Reading.Malformed(Source, key, "is not valid JSON");

        using (document)
        {
            var consent = read(document.RootElement, templateId);
            if (consent is null)
                return Reading.Malformed(Source, key, "has no readable service list");
            if (consent.Given is not { } given)
                return ConsentDecision.Undecided($"{Source}: template {templateId} is not in {key}");
            var evidence = Reading.Evidence(Source, raw, templateId, consent.ControllerId, consent.At);
            return Reading.Decide(given, consent.Implied, mapping, evidence);
        }
    }
}

/// <summary>One service's state as a Usercentrics version stores it; Given is null when absent.</summary>
internal sealed record ServiceConsent(bool? Given, bool Implied, string? ControllerId, DateTimeOffset? At);

/// <summary>Reads one service's consent from a parsed document; null when the shape is wrong.</summary>
internal delegate ServiceConsent? ServiceConsentReader(JsonElement root, string templateId);
