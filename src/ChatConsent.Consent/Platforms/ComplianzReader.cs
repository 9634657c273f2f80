using System.Text.Json;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>
/// Complianz 6+: one cookie per category, <c>cmplz_&lt;category&gt;=allow|deny|</c> (empty: not
/// chosen). Per-service consent, where the site mapped a service, comes from
/// <c>cmplz_consented_services</c>, which wins over the category as Complianz's own
/// <c>cmplz_has_service_consent</c> does.
/// </summary>
internal static class ComplianzReader
{
    public const string Source = "complianz";
    public const string DefaultPrefix = "cmplz_";

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        if (mapping.Category is not { } category)
            return Reading.NotMapped(Source, "category");
        var prefix = mapping.CookieName ?? DefaultPrefix;
        var key = prefix + category;
        if (!Reading.TryFind(signals, Source, key, out var raw, out var missing))
            return missing;

        var consentId = signals.TryFind(prefix + "id", out var id) ? id : null;
        var servicesKey = prefix + "consented_services";
        if (mapping.Service is { } service && ReadService(signals, servicesKey, service) is var (given, servicesRaw))
        {
            var serviceEvidence = Reading.Evidence(Source, servicesRaw, $"{category}/{service}", consentId, null);
            return Reading.Decide(given, implied: false, mapping, serviceEvidence);
        }

        return raw switch
        {
            "allow" or "deny" => Reading.Decide(raw == "allow", implied: false, mapping,
                Reading.Evidence(Source, raw, category, consentId, null)),
            "" => ConsentDecision.Undecided($"{Source}: {key} is not chosen yet"),
            _ => Reading.Malformed(Source, key, "is neither allow nor deny"),
        };
    }

    // The services cookie is often empty; anything unreadable there leaves the category to decide.
    private static (bool Given, string Raw)? ReadService(ConsentSignals signals, string key, string service)
    {
        if (!signals.TryFind(key, out var raw) || raw.Length is 0 or > ConsentSignals.MaxValueLength
            || !JsonValue.TryParse(raw, out var document))
            return null;

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(service, out var value))
                return null;
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? (value.GetBoolean(), raw) : null;
        }
    }
}
