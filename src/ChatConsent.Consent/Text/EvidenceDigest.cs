using System.Security.Cryptography;
using System.Text;

namespace ChatConsent.Consent.Text;

/// <summary>The proof digest: SHA-256 over the UTF-8 bytes of the raw value as received.</summary>
internal static class EvidenceDigest
{
    public static string Of(string raw) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
}
