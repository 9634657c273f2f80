using System.Text.Json;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>Klaro's <c>klaro</c> cookie: encoded JSON, a flat map of service name to boolean.</summary>
internal static class KlaroReader
{
    public const string Source = "klaro";
    public const string CookieName = "klaro";

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        if (mapping.Service is not { } service)
            return Reading.NotMapped(Source, "service name");
        var key = mapping.CookieName ?? CookieName;
        if (!Reading.TryFind(signals, Source, key, out var raw, out var missing))
            return missing;
        if (!JsonValue.TryParse(raw, out var document))
            return Reading.Malformed(Source, key, "is not valid encoded JSON");

        using (document)
        {
            var root = document.RootElement;
            if (!IsServiceMap(root))
                return Reading.Malformed(Source, key, "is not a map of service names to booleans");

            // A service the site added after the visitor chose is missing: Klaro asks again, so
            // there is no answer yet.
            if (!root.TryGetProperty(service, out var consent))
                return ConsentDecision.Undecided($"{Source}: service {service} is not in {key}");
            var evidence = Reading.Evidence(Source, raw, service, null, null);
            return Reading.Decide(consent.GetBoolean(), implied: false, mapping, evidence);
        }
    }

    private static bool IsServiceMap(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return false;
        foreach (var entry in root.EnumerateObject())
        {
            if (entry.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                return false;
        }

        return true;
    }
}
