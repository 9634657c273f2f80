namespace ChatConsent.Consent;

/// <summary>
/// Reads the raw <c>Cookie</c> request header. ASP.NET Core's own cookie collection unescapes
/// values, treats a comma as a separator and drops values with double quotes, which loses
/// CookieYes's categories and raw-JSON cookies (orestbida v2, Complianz); so consent cookies are
/// read from the header with this parser instead.
/// </summary>
/// <remarks>
/// <para>Pairs are split on <c>;</c> only, the name ends at the first <c>=</c>, spaces and tabs
/// around name and value are trimmed, and the value is kept byte for byte. A pair without
/// <c>=</c> or with an empty name is skipped.</para>
/// <para>Same name twice: the <b>first occurrence wins</b>. Browsers list the cookie with the
/// longer (more specific) path first, then the older one (RFC 6265 §5.4), and a consent
/// platform's script reading <c>document.cookie</c> takes the first match too; so the server
/// sees the same choice the platform itself acts on. <see cref="CookieJar.IsDuplicated"/> tells
/// the gate that it happened.</para>
/// <para>Bounded: at most <see cref="MaxHeaderLength"/> characters are read (a pair cut by that
/// limit is dropped, never kept truncated), at most <see cref="MaxCookies"/> cookies kept, and a
/// cookie whose name or value is over <see cref="MaxNameLength"/> or <see cref="MaxValueLength"/>
/// is skipped whole.</para>
/// </remarks>
public static class CookieHeaderParser
{
    /// <summary>Characters of the header that are read; Kestrel's own default cap is 32 KB too.</summary>
    public const int MaxHeaderLength = 32 * 1024;

    /// <summary>Cookies kept; browsers keep about 180 per domain.</summary>
    public const int MaxCookies = 256;

    /// <summary>Longest cookie name kept.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Longest value kept; browsers cap a cookie at 4096 bytes of name and value.</summary>
    public const int MaxValueLength = 8 * 1024;

    // Empty or broken pieces count too, so a header of 30,000 semicolons stays cheap.
    private const int MaxPieces = 4 * MaxCookies;

    /// <summary>Parses a raw <c>Cookie</c> header; null or empty gives <see cref="CookieJar.Empty"/>.</summary>
    public static CookieJar Parse(string? header)
    {
        if (string.IsNullOrEmpty(header))
            return CookieJar.Empty;

        var rest = header.AsSpan();
        var truncated = rest.Length > MaxHeaderLength;
        if (truncated)
            rest = rest[..MaxHeaderLength];

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        HashSet<string>? duplicated = null;
        for (var pieces = 0; !rest.IsEmpty; pieces++)
        {
            var end = rest.IndexOf(';');
            if ((end < 0 && truncated) || pieces == MaxPieces || values.Count == MaxCookies)
                return new CookieJar(values, duplicated, isTruncated: true);

            AddPair(end < 0 ? rest : rest[..end], values, ref duplicated);
            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return new CookieJar(values, duplicated, truncated);
    }

    private static void AddPair(ReadOnlySpan<char> pair, Dictionary<string, string> values,
        ref HashSet<string>? duplicated)
    {
        var equals = pair.IndexOf('=');
        if (equals < 0)
            return;

        var name = pair[..equals].Trim(" \t");
        var value = pair[(equals + 1)..].Trim(" \t");
        if (name.IsEmpty || name.Length > MaxNameLength || value.Length > MaxValueLength)
            return;

        var key = name.ToString();
        if (!values.TryAdd(key, value.ToString()))
            (duplicated ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
    }
}
