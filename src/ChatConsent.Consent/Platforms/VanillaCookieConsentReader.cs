using System.Text.Json;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>
/// orestbida's vanilla-cookieconsent <c>cc_cookie</c>: v3 writes encoded JSON with
/// <c>categories</c>, v2 raw JSON with <c>level</c> (renamed in v3). With per-service consent
/// the chat needs its category and, where the site lists services there, its own service.
/// </summary>
internal static class VanillaCookieConsentReader
{
    public const string Source = "vanilla-cookieconsent";
    public const string CookieName = "cc_cookie";

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        if (mapping.Category is not { } category)
            return Reading.NotMapped(Source, "category");
        var key = mapping.CookieName ?? CookieName;
        if (!Reading.TryFind(signals, Source, key, out var raw, out var missing))
            return missing;
        if (!JsonValue.TryParse(raw, out var document))
            return Reading.Malformed(Source, key, "is not valid JSON");

        using (document)
        {
            var root = document.RootElement;
            if (!TryReadCategories(root, category, out var accepted))
                return Reading.Malformed(Source, key, "has no categories or level list");
            if (!TryReadService(root, category, mapping.Service, ref accepted))
                return Reading.Malformed(Source, key, $"has a services entry for {category} but no list");

            var scope = mapping.Service is null ? category : $"{category}/{mapping.Service}";
            var at = JsonValue.Timestamp(root, "lastConsentTimestamp")
                ?? JsonValue.Timestamp(root, "consentTimestamp");
            var evidence = Reading.Evidence(Source, raw, scope, JsonValue.String(root, "consentId"), at);
            return Reading.Decide(accepted, implied: false, mapping, evidence);
        }
    }

    private static bool TryReadCategories(JsonElement root, string category, out bool accepted)
    {
        accepted = false;
        if (root.ValueKind != JsonValueKind.Object)
            return false;
        if (!root.TryGetProperty("categories", out var list) && !root.TryGetProperty("level", out list))
            return false;
        return JsonValue.TryListContains(list, category, out accepted);
    }

    private static bool TryReadService(JsonElement root, string category, string? service, ref bool accepted)
    {
        // Early v3 and all v2 cookies have no services; then the category alone decides.
        if (service is null || !root.TryGetProperty("services", out var services)
            || services.ValueKind != JsonValueKind.Object || !services.TryGetProperty(category, out var list))
            return true;

        if (!JsonValue.TryListContains(list, service, out var listed))
            return false;
        accepted &= listed;
        return true;
    }
}
