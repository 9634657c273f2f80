using System.Text.Json;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>
/// Borlabs Cookie's <c>borlabs-cookie</c> cookie: <c>consents</c> maps each service group to the
/// service ids with consent. 2.x writes <c>"version":"1"</c>, 3.x <c>"v3":true,"version":1</c>;
/// the consents object is the same in both, so one reader serves both.
/// </summary>
internal static class BorlabsReader
{
    public const string Source = "borlabs";
    public const string CookieName = "borlabs-cookie";

    public static ConsentDecision Read(PlatformMapping mapping, ConsentSignals signals)
    {
        if (mapping.Service is not { } service)
            return Reading.NotMapped(Source, "service id");
        var key = mapping.CookieName ?? CookieName;
        if (!Reading.TryFind(signals, Source, key, out var raw, out var missing))
            return missing;
        if (!JsonValue.TryParse(raw, out var document))
            return Reading.Malformed(Source, key, "is not valid encoded JSON");

        using (document)
        {
            var root = document.RootElement;
            if (!TryFindService(root, mapping.Category, service, out var found))
                return Reading.Malformed(Source, key, "has no consents object of service id lists");
            var uid = JsonValue.String(root, "uid");
            var evidence = Reading.Evidence(Source, raw, service, uid is "anonymous" ? null : uid, null);
            return Reading.Decide(found, implied: false, mapping, evidence);
        }
    }

    // The chat can sit in any group the site chose, so every group is searched unless the site
    // named one; every group must be a list of strings, or the cookie is not Borlabs's.
    private static bool TryFindService(JsonElement root, string? group, string service, out bool found)
    {
        found = false;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("consents", out var consents)
            || consents.ValueKind != JsonValueKind.Object)
            return false;

        foreach (var entry in consents.EnumerateObject())
        {
            if (!JsonValue.TryListContains(entry.Value, service, out var listed))
                return false;
            found |= listed && (group is null || entry.NameEquals(group));
        }

        return true;
    }
}
