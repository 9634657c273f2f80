using System.Text.Json;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>
/// Web CMP v3: the consent-details shape of <c>__ucCmp.getConsentDetails()</c>, <c>{consent:
/// {controllerId, updatedAt}, services: {templateId: {consent: {given, type}}}}</c>. The
/// exact schema of the <c>ucData</c> storage entry is not published; it is read in this shape,
/// with the services map either at the top or inside <c>consent</c>.
/// </summary>
internal static class UsercentricsV3
{
    public static ServiceConsent? TryRead(JsonElement root, string templateId)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("consent", out var consent)
            || consent.ValueKind != JsonValueKind.Object)
            return null;
        if (!TryGetObject(root, "services", out var services)
            && !TryGetObject(consent, "services", out services))
            return null;

        var controllerId = JsonValue.String(consent, "controllerId");
        var at = JsonValue.Timestamp(consent, "updatedAt");
        if (!services.TryGetProperty(templateId, out var service))
            return new ServiceConsent(null, true, controllerId, at);
        if (!TryGetObject(service, "consent", out var state) || !state.TryGetProperty("given", out var given)
            || given.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            return null;

        // The v3 typings write EXPLICIT/IMPLICIT in upper case, v2 in lower case. Only the
        // service's own type counts: the overall type says how the last change was made, not this one.
        var type = JsonValue.String(state, "type");
        var implied = !string.Equals(type, "explicit", StringComparison.OrdinalIgnoreCase);
        return new ServiceConsent(given.GetBoolean(), implied, controllerId, at);
    }

    // JsonElement.TryGetProperty throws on a non-object, and a forged value may put one anywhere.
    private static bool TryGetObject(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value)
            && value.ValueKind == JsonValueKind.Object;
    }
}
