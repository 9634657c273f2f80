using System.Net.Mail;

namespace ChatConsent.Returning;

/// <summary>
/// E-mail addresses as the service keeps and compares them: trimmed and lower-cased (invariant),
/// so that one person typing their address twice in different case is found once.
/// </summary>
public static class EmailAddresses
{
    /// <summary>The longest address SMTP can carry (RFC 5321 path limit).</summary>
    public const int MaxLength = 254;

    /// <returns>The normalised address, or null when it is not an address one can mail.</returns>
    public static string? Normalize(string? input)
    {
        var trimmed = input?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || trimmed.Any(char.IsWhiteSpace))
        {
            return null;
        }

        // MailAddress also takes display names ("A <a@b>"); only a bare address is an address here.
        return MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed
            && parsed.Host.Length > 0 && !trimmed.Contains('<', StringComparison.Ordinal)
            ? trimmed
            : null;
    }
}
