using ChatConsent.Visitors;

namespace ChatConsent.Tests.Consent;

public sealed class VisitorTokenTests
{
    [Fact]
    public void Visitor_tokens_carry_256_random_bits_and_hash_to_32_bytes()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => VisitorTokens.Create()).ToList();

        Assert.Equal(1000, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Equal(43, t.Length));
        Assert.All(tokens, t => Assert.Equal(32, VisitorTokens.TryHash(t)!.Length));
    }

    [Fact]
    public void Oversized_or_empty_tokens_are_not_hashed()
    {
        Assert.Null(VisitorTokens.TryHash(null));
        Assert.Null(VisitorTokens.TryHash(""));
        Assert.Null(VisitorTokens.TryHash(new string('a', 10_000)));
    }
}
