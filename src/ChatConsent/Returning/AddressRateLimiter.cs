using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace ChatConsent.Returning;

/// <summary>
/// At most three link mails an address in 15 minutes, whoever asks: nobody can flood a mailbox
/// from many clients. The address is partitioned by its hash, so not even memory holds it.
/// </summary>
public sealed class AddressRateLimiter : IDisposable
{
    public const int PermitLimit = 3;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window }));

    /// <returns>Null when allowed, else how long to wait.</returns>
    public TimeSpan? TryAcquire(string normalizedEmail)
    {
        using var lease = _limiter.AttemptAcquire(Key(normalizedEmail));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window;
    }

    public void Dispose() => _limiter.Dispose();

    private static string Key(string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email)));
}
