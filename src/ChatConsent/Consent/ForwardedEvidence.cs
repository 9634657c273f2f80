using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatConsent.Consent;

/// <summary>
/// What the widget forwards of the consent platform's own storage: the platform's cookie or
/// local-storage values exactly as written, keyed by their names. Cross-site deployments need it
/// because the service never sees the host page's cookies. It travels as base64url JSON in the
/// <c>X-ChatConsent-Evidence</c> header, or in the <c>evidence</c> query parameter on the hub's
/// WebSocket request, where a browser can set no header.
/// </summary>
public static class ForwardedEvidence
{
    public const string HeaderName = "X-ChatConsent-Evidence";
    public const string QueryName = "evidence";

    // A TC string with many vendors is a few kilobytes; twelve platforms' worth is far below this.
    private const int MaxEncodedLength = 128 * 1024;

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    /// <summary>The forwarded values, or an empty set with the reason they could not be read.</summary>
    public static (IReadOnlyDictionary<string, string> Values, string? Problem) Read(HttpRequest request)
    {
        string? encoded = request.Headers[HeaderName];
        if (string.IsNullOrEmpty(encoded))
        {
            encoded = request.Query[QueryName];
        }

        return string.IsNullOrEmpty(encoded) ? (Empty, null) : Decode(encoded);
    }

    public static (IReadOnlyDictionary<string, string> Values, string? Problem) Decode(string encoded)
    {
        if (encoded.Length > MaxEncodedLength)
        {
            return (Empty, "forwarded evidence is larger than 128 KB");
        }

        try
        {
            var json = WebEncoders.Base64UrlDecode(encoded);
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(json);
            return values is null ? (Empty, "forwarded evidence is not an object") : (values, null);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return (Empty, "forwarded evidence is not base64url JSON of string values");
        }
    }

    public static string Encode(IReadOnlyDictionary<string, string> values) =>
        WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(values));
}
