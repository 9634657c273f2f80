using ChatConsent.Mail;
using ChatConsent.Sites;

namespace ChatConsent.Tests.Returning;

public sealed class MailTextsTests
{
    private static readonly Site Shop = new() { Key = "shop", Name = "Coffee Shop" };
    private static readonly Uri Link = new("https://shop.example/#chatconsent-continue=token");

    [Theory]
    [InlineData("en", 1, "The link works once and for 1 minute.")]
    [InlineData("en", 10, "The link works once and for 10 minutes.")]
    [InlineData("de", 1, "Der Link gilt 1 Minute und nur einmal.")]
    [InlineData("de", 10, "Der Link gilt 10 Minuten und nur einmal.")]
    public void Every_link_mail_names_its_lifetime_in_singular_or_plural(string language, int minutes,
        string expected)
    {
        var mails = new[]
        {
            MailTexts.SignIn(Shop, language, "Coffee Shop", Link, minutes),
            MailTexts.Confirm(Shop, language, "Coffee Shop", Link, minutes),
            MailTexts.Digest(Shop, language, "Coffee Shop", Link, minutes,
                [new DigestReply("Alex", "Hello", DateTimeOffset.UnixEpoch)], new Uri("https://chat.example/stop")),
        };

        Assert.All(mails, mail =>
        {
            Assert.Contains(expected, mail.Text, StringComparison.Ordinal);
            Assert.Contains(expected, mail.Html, StringComparison.Ordinal);
        });
    }
}
