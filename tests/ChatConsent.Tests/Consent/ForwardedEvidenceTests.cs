using ChatConsent.Consent;

namespace ChatConsent.Tests.Consent;

public sealed class ForwardedEvidenceTests
{
    [Fact]
    public void Forwarded_evidence_arrives_exactly_as_the_platform_wrote_it()
    {
        var written = new Dictionary<string, string>
        {
            ["klaro"] = "%7B%22chatconsent%22%3Atrue%7D",
            ["cookieyes-consent"] = "consentid:abc,functional:yes",
            ["ucData"] = """{"consent":{"type":"EXPLICIT"}}""",
        };

        var (values, problem) = ForwardedEvidence.Decode(ForwardedEvidence.Encode(written));

        Assert.Null(problem);
        Assert.Equal(written, values);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("eyJrbGFybyI6IHRydWV9")]
    [InlineData("W10")]
    [InlineData("bnVsbA")]
    public void Unreadable_forwarded_evidence_is_ignored_with_a_reason(string encoded)
    {
        var (values, problem) = ForwardedEvidence.Decode(encoded);

        Assert.Empty(values);
        Assert.NotNull(problem);
        Assert.DoesNotContain(encoded, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_forwarded_evidence_is_not_decoded()
    {
        var (values, problem) = ForwardedEvidence.Decode(new string('A', 200_000));

        Assert.Empty(values);
        Assert.Contains("128 KB", problem, StringComparison.Ordinal);
    }
}
