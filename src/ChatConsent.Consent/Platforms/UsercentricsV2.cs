using System.Text.Json;
using ChatConsent.Consent.Text;

namespace ChatConsent.Consent.Platforms;

/// <summary>
/// CMP v2 <c>uc_settings</c>: <c>services[]</c> of <c>{id, status, history[]}</c>. The last history
/// entry says whether the state is <c>explicit</c> or <c>implicit</c> (the pre-choice default).
/// </summary>
internal static class UsercentricsV2
{
    public static ServiceConsent? TryRead(JsonElement root, string templateId)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("services", out var services)
            || services.ValueKind != JsonValueKind.Array)
            return null;

        var controllerId = JsonValue.String(root, "controllerId");
        foreach (var service in services.EnumerateArray())
        {
            if (service.ValueKind != JsonValueKind.Object)
                return null;
            if (JsonValue.String(service, "id") == templateId)
                return Read(service, controllerId);
        }

        return new ServiceConsent(null, true, controllerId, null);
    }

    private static ServiceConsent? Read(JsonElement service, string? controllerId)
    {
        if (!service.TryGetProperty("status", out var status)
            || status.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            return null;

        var last = LastHistoryEntry(service);
        var explicitly = last is { } entry && string.Equals(JsonValue.String(entry, "type"), "explicit",
            StringComparison.OrdinalIgnoreCase);
        var at = last is { } e ? JsonValue.Timestamp(e, "timestamp") : null;
        return new ServiceConsent(status.GetBoolean(), !explicitly, controllerId, at);
    }

    private static JsonElement? LastHistoryEntry(JsonElement service)
    {
        if (!service.TryGetProperty("history", out var history) || history.ValueKind != JsonValueKind.Array)
            return null;
        var count = history.GetArrayLength();
        return count == 0 ? null : history[count - 1];
    }
}
