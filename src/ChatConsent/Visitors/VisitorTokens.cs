using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatConsent.Visitors;

/// <summary>Opaque visitor identity tokens: 256 random bits, base64url, stored only as SHA-256.</summary>
internal static class VisitorTokens
{
    // 32 bytes of base64url are 43 characters; anything far longer is not ours and is not hashed.
    private const int MaxTokenLength = 64;

    public static string Create() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[]? TryHash(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        return SHA256.HashData(Encoding.ASCII.GetBytes(token));
    }
}
