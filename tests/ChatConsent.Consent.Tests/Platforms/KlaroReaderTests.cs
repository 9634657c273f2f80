namespace ChatConsent.Consent.Tests.Platforms;

public sealed class KlaroReaderTests
{
    private static readonly PlatformMapping LiveChat =
        PlatformMapping.DefaultFor(ConsentPlatform.Klaro) with { Service = "livechat" };

    private static ConsentDecision Read(string value, PlatformMapping? mapping = null) =>
        ConsentReader.Read(ConsentPlatform.Klaro, mapping ?? LiveChat, Samples.Cookie("klaro", value));

    [Fact]
    public void Read_ServiceTrue_Granted()
    {
        var decision = Read(Samples.KlaroGranted);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal(["livechat"], decision.Evidence!.Scopes);
    }

    [Fact]
    public void Read_ServiceFalse_Denied()
    {
        Assert.Equal(ConsentOutcome.Denied, Read(Samples.KlaroDenied).Outcome);
    }

    [Fact]
    public void Read_DefaultServiceNotConfiguredInKlaro_Undecided()
    {
        var decision = Read(Samples.KlaroGranted, PlatformMapping.DefaultFor(ConsentPlatform.Klaro));

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.Contains("chatconsent", decision.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RenamedCookie_ReadsThatCookie()
    {
        var mapping = LiveChat with { CookieName = "site_consent" };
        var signals = Samples.Cookie("site_consent", Samples.KlaroGranted);

        var decision = ConsentReader.Read(ConsentPlatform.Klaro, mapping, signals);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Fact]
    public void Read_LocalStorageRawJson_Granted()
    {
        var decision = ConsentReader.Read(ConsentPlatform.Klaro, LiveChat,
            Samples.Forwarded("klaro", """{"klaro":true,"livechat":true}"""));

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
    }

    [Theory]
    [InlineData("%7B%22livechat%22%3Afalse%2C%22livechat%22%3Atrue%7D")]
    [InlineData("%7B%22livechat%22%3A%22true%22%7D")]
    [InlineData("%7B%22livechat%22%3A1%7D")]
    [InlineData("%7B%22livechat%22%3Atrue%2C%22x%22%3Anull%7D")]
    [InlineData("%7B%22livechat%22%3Atrue")]
    [InlineData("%5Btrue%5D")]
    [InlineData("%E2%28%A1")]
    public void Read_MalformedForgedOrWronglyEncoded_Undecided(string value)
    {
        var decision = Read(value);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.StartsWith("klaro:", decision.RejectionReason, StringComparison.Ordinal);
    }
}
