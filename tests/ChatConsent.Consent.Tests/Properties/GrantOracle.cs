using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatConsent.Consent.Tests.Properties;

/// <summary>
/// An independent, deliberately simple opinion on whether a value grants the chat: regular
/// expressions, JsonNode and a string-of-bits TCF reading instead of the readers' tokenizers. The
/// fuzz properties require Granted ⇒ the oracle agrees; the oracle is more lenient than the
/// readers (it skips most validation), so a correct reader can never trip it, while a reader
/// that grants on a broken or refusing value does.
/// </summary>
internal static partial class GrantOracle
{
    public static readonly Dictionary<ConsentPlatform, PlatformMapping> Mappings = new()
    {
        [ConsentPlatform.Cookiebot] = PlatformMapping.DefaultFor(ConsentPlatform.Cookiebot),
        [ConsentPlatform.Borlabs] = PlatformMapping.DefaultFor(ConsentPlatform.Borlabs),
        [ConsentPlatform.Usercentrics] = new() { Service = "ChatTplId01" },
        [ConsentPlatform.Klaro] = new() { Service = "livechat" },
        [ConsentPlatform.VanillaCookieConsent] = new() { Category = "functional" },
        [ConsentPlatform.OneTrust] = PlatformMapping.DefaultFor(ConsentPlatform.OneTrust),
        [ConsentPlatform.CookieYes] = PlatformMapping.DefaultFor(ConsentPlatform.CookieYes),
        [ConsentPlatform.Complianz] = PlatformMapping.DefaultFor(ConsentPlatform.Complianz),
        [ConsentPlatform.Tcf] = new() { TcfCustomPurpose = 1 },
    };

    public static bool Grants(ConsentPlatform platform, ConsentSignals signals)
    {
        try
        {
            return platform switch
            {
                ConsentPlatform.Cookiebot => Value(signals, "CookieConsent") is { } v && Cookiebot(v),
                ConsentPlatform.Borlabs => Json(signals, "borlabs-cookie")?["consents"] is JsonObject groups
                    && groups.Any(g => g.Value is JsonArray list && list.Any(s => (string?)s == "livechat")),
                ConsentPlatform.Usercentrics => Usercentrics(signals),
                ConsentPlatform.Klaro => Json(signals, "klaro")?["livechat"] is JsonValue k && k.GetValue<bool>(),
                ConsentPlatform.VanillaCookieConsent => Vanilla(Json(signals, "cc_cookie")),
                ConsentPlatform.OneTrust => Value(signals, "OptanonConsent") is { } o && OneTrust(o),
                ConsentPlatform.CookieYes => Value(signals, "cookieyes-consent") is { } y
                    && y.Split(',').Contains("functional:yes") && y.Split(',').Contains("action:yes"),
                ConsentPlatform.Complianz => Value(signals, "cmplz_preferences") == "allow",
                ConsentPlatform.Tcf => TcStrings(signals).Any(TcfCustomPurposeOne),
                _ => false,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static string? Value(ConsentSignals signals, string key) =>
        signals.Cookies.TryGetValue(key, out var v) || signals.Forwarded.TryGetValue(key, out v) ? v : null;

    private static JsonNode? Json(ConsentSignals signals, string key) =>
        Value(signals, key) is { } raw
            ? JsonNode.Parse(raw.StartsWith('{') ? raw : Uri.UnescapeDataString(raw))
            : null;

    private static bool Cookiebot(string raw)
    {
        var text = Uri.UnescapeDataString(raw);
        return text.StartsWith('{') && text.EndsWith('}') && CookiebotGrant().IsMatch(text)
            && CookiebotExplicit().IsMatch(text) && CookiebotStamp().IsMatch(text);
    }

    private static bool Usercentrics(ConsentSignals signals)
    {
        if (Json(signals, "ucData") is { } v3)
            return v3["services"]?["ChatTplId01"]?["consent"] is JsonObject c && (bool?)c["given"] == true
                && string.Equals((string?)c["type"], "explicit", StringComparison.OrdinalIgnoreCase);
        var service = (Json(signals, "uc_settings")?["services"] as JsonArray)?
            .FirstOrDefault(s => (string?)s?["id"] == "ChatTplId01");
        return (bool?)service?["status"] == true && service["history"] is JsonArray { Count: > 0 } history
            && string.Equals((string?)history[^1]?["type"], "explicit", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Vanilla(JsonNode? root) =>
        (root?["categories"] ?? root?["level"]) is JsonArray categories
        && categories.Any(c => (string?)c == "functional");

    private static bool OneTrust(string raw)
    {
        var fields = raw.Split('&').Select(f => f.Split('=', 2)).Where(f => f.Length == 2)
            .ToLookup(f => f[0], f => WebUtility.UrlDecode(f[1]));
        return fields["groups"].Any(g => g.Split(',').Contains("C0003:1"))
            && fields["interactionCount"].Any(c => c != "0") && !fields["AwaitingReconsent"].Contains("true");
    }

    private static IEnumerable<string> TcStrings(ConsentSignals signals)
    {
        foreach (var key in new[] { "euconsent-v2", "eupubconsent-v2", "tcString" })
        {
            if (Value(signals, key) is { } value)
                yield return value;
        }

        var cookiebot = Value(signals, "CookieConsent");
        if (cookiebot is not null && Iab2().Match(Uri.UnescapeDataString(cookiebot)) is { Success: true } m)
            yield return m.Groups[1].Value;
    }

    // Reads the string as text of '0' and '1': version 2, service-specific, and bit 1 of the
    // custom purposes in a publisher TC segment (type 3).
    private static bool TcfCustomPurposeOne(string tcString)
    {
        var segments = tcString.Split('.').Select(Bits).ToArray();
        var core = segments[0];
        if (core.Length < 213 || Convert.ToInt32(core[..6], 2) != 2 || core[138] != '1')
            return false;
        return segments.Skip(1).Any(s =>
            s.Length >= 58 && s[..3] == "011" && Convert.ToInt32(s[51..57], 2) >= 1 && s[57] == '1');
    }

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static string Bits(string segment) =>
        string.Concat(segment.TrimEnd('=').Select(c =>
            Convert.ToString(Alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(6, '0')));

    [GeneratedRegex("[{,]preferences:true[,}]")]
    private static partial Regex CookiebotGrant();

    [GeneratedRegex("[{,]method:'explicit'[,}]")]
    private static partial Regex CookiebotExplicit();

    [GeneratedRegex("[{,]stamp:'[^']*'[,}]")]
    private static partial Regex CookiebotStamp();

    [GeneratedRegex("iab2:'([^']*)'")]
    private static partial Regex Iab2();
}
