namespace ChatConsent.Consent.Tests.Platforms;

public sealed class UsercentricsReaderTests
{
    private static readonly PlatformMapping Chat =
        PlatformMapping.DefaultFor(ConsentPlatform.Usercentrics) with { Service = "ChatTplId01" };

    private static ConsentDecision Read(string key, string value, PlatformMapping? mapping = null) =>
        ConsentReader.Read(ConsentPlatform.Usercentrics, mapping ?? Chat, Samples.Forwarded(key, value));

    [Fact]
    public void Read_V2ExplicitStatusTrue_GrantedWithControllerAndTime()
    {
        var decision = Read("uc_settings", Samples.UsercentricsV2Granted);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal(["ChatTplId01"], decision.Evidence!.Scopes);
        Assert.Equal(new string('0', 63) + "1", decision.Evidence.PlatformConsentId);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1735689700000), decision.Evidence.PlatformTimestamp);
    }

    [Fact]
    public void Read_V2ExplicitStatusFalse_Denied()
    {
        var value = Samples.UsercentricsV2Granted.Replace("\"status\":true}", "\"status\":false}",
            StringComparison.Ordinal);

        Assert.Equal(ConsentOutcome.Denied, Read("uc_settings", value).Outcome);
    }

    [Fact]
    public void Read_V2OnlyImplicitHistory_Undecided()
    {
        var value = """{"controllerId":"c","services":[{"id":"ChatTplId01","status":true,"history":[""" +
            """{"action":"onInitialPageLoad","status":true,"timestamp":1735689600000,"type":"implicit"}]}]}""";

        var strict = Read("uc_settings", value);
        var lenient = Read("uc_settings", value, Chat with { AcceptImpliedConsent = true });

        Assert.Equal(ConsentOutcome.Undecided, strict.Outcome);
        Assert.Equal(ConsentOutcome.Granted, lenient.Outcome);
    }

    [Fact]
    public void Read_V3ConsentDetailsUpperCaseExplicit_Granted()
    {
        var decision = Read("ucData", Samples.UsercentricsV3Granted);

        Assert.Equal(ConsentOutcome.Granted, decision.Outcome);
        Assert.Equal("ctrl-0001", decision.Evidence!.PlatformConsentId);
    }

    [Fact]
    public void Read_V3OtherServiceRefused_Denied()
    {
        var decision = Read("ucData", Samples.UsercentricsV3Granted, Chat with { Service = "87JYasXPF" });

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_V3PreferredOverV2_WhenBothForwarded()
    {
        var denyV3 = Samples.UsercentricsV3Granted.Replace("\"given\":true", "\"given\":false",
            StringComparison.Ordinal);
        var forwarded = new Dictionary<string, string>
        {
            ["ucData"] = denyV3,
            ["uc_settings"] = Samples.UsercentricsV2Granted,
        };

        var decision = ConsentReader.Read(ConsentPlatform.Usercentrics, Chat,
            ConsentSignals.FromRequest(null, forwarded));

        Assert.Equal(ConsentOutcome.Denied, decision.Outcome);
    }

    [Fact]
    public void Read_TemplateNotInServices_Undecided()
    {
        var decision = Read("uc_settings", Samples.UsercentricsV2Granted, Chat with { Service = "Nope" });

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }

    [Fact]
    public void Read_DefaultMappingHasNoTemplateId_Undecided()
    {
        var mapping = PlatformMapping.DefaultFor(ConsentPlatform.Usercentrics);

        var decision = Read("uc_settings", Samples.UsercentricsV2Granted, mapping);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.Contains("template id", decision.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NothingForwarded_Undecided()
    {
        var signals = ConsentSignals.FromRequest("uc_x=1");

        var decision = ConsentReader.Read(ConsentPlatform.Usercentrics, Chat, signals);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
    }

    [Theory]
    [InlineData("uc_settings", """{"services":{"ChatTplId01":true}}""")]
    [InlineData("uc_settings", """{"services":[{"id":"ChatTplId01","status":"true"}]}""")]
    [InlineData("uc_settings", """{"services":[7]}""")]
    [InlineData("uc_settings", """{"services":[{"id":"ChatTplId01","status":true}""")]
    [InlineData("ucData", """{"consent":{},"services":{"ChatTplId01":{"consent":true}}}""")]
    [InlineData("ucData", """{"consent":{},"services":{"ChatTplId01":7}}""")]
    [InlineData("ucData", """{"services":{"ChatTplId01":{"consent":{"given":true,"type":"EXPLICIT"}}}}""")]
    public void Read_Malformed_Undecided(string key, string value)
    {
        var decision = Read(key, value);

        Assert.Equal(ConsentOutcome.Undecided, decision.Outcome);
        Assert.StartsWith("usercentrics:", decision.RejectionReason, StringComparison.Ordinal);
    }
}
