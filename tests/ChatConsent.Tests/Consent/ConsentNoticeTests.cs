using ChatConsent.Consent;
using ChatConsent.Sites;

namespace ChatConsent.Tests.Consent;

public sealed class ConsentNoticeTests
{
    private static Site Shop(int? days = 365) =>
        new() { Key = "shop", Name = "Example Shop", CookieLifetimeDays = days };

    [Fact]
    public void Notice_version_changes_when_the_text_the_visitor_reads_changes()
    {
        var year = ConsentNotices.Render(Shop(365), "en");
        var sameYear = ConsentNotices.Render(Shop(365), "en");
        var month = ConsentNotices.Render(Shop(30), "en");
        var session = ConsentNotices.Render(Shop(null), "en");

        Assert.Equal(year.Version, sameYear.Version);
        Assert.NotEqual(year.Version, month.Version);
        Assert.NotEqual(year.Version, session.Version);
        Assert.Contains("30 days", string.Join(' ', month.Paragraphs), StringComparison.Ordinal);
        Assert.Contains("until you close your browser", string.Join(' ', session.Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void German_and_English_notices_are_different_versions()
    {
        var english = ConsentNotices.Render(Shop(), "en");
        var german = ConsentNotices.Render(Shop(), "de");

        Assert.NotEqual(english.Version, german.Version);
        Assert.Equal("Bevor Sie den Chat starten", german.Title);
        Assert.Contains("365 Tage", string.Join(' ', german.Paragraphs), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE", "en", "de")]
    [InlineData("de_AT", "en", "de")]
    [InlineData("EN-gb", "de", "en")]
    [InlineData("fr", "de", "de")]
    [InlineData("fr", "it", "en")]
    [InlineData(null, "en", "en")]
    public void Page_language_picks_a_shipped_language_with_the_sites_default_as_fallback(
        string? requested, string siteDefault, string expected)
    {
        Assert.Equal(expected, ConsentNotices.ChooseLanguage(requested, siteDefault));
    }
}
