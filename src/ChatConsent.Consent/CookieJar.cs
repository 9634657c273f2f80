using System.Diagnostics.CodeAnalysis;

namespace ChatConsent.Consent;

/// <summary>
/// The cookies of one request, each value exactly as the browser sent it: nothing is unescaped,
/// unquoted or cut at a comma. Names are case-sensitive, as RFC 6265 says.
/// </summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string>? _duplicated;

    internal CookieJar(Dictionary<string, string> values, HashSet<string>? duplicated, bool isTruncated)
    {
        _values = values;
        _duplicated = duplicated;
        IsTruncated = isTruncated;
    }

    /// <summary>A jar with no cookies, for requests without a <c>Cookie</c> header.</summary>
    public static CookieJar Empty { get; } = new([], null, isTruncated: false);

    /// <summary>How many distinct cookie names were kept.</summary>
    public int Count => _values.Count;

    /// <summary>The names kept, in no particular order.</summary>
    public IEnumerable<string> Names => _values.Keys;

    /// <summary>
    /// True when a cap was reached (header length or cookie count), so later cookies were not
    /// read. A consent cookie missing for that reason reads as "not decided".
    /// </summary>
    public bool IsTruncated { get; }

    /// <summary>The raw value of the first cookie with this name.</summary>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out string value) =>
        _values.TryGetValue(name, out value);

    /// <summary>True when the browser sent more than one cookie with this name.</summary>
    public bool IsDuplicated(string name) => _duplicated?.Contains(name) == true;
}
