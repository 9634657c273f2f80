using ChatConsent.Chat;

namespace ChatConsent.Tests.Chat;

public sealed class MessageRulesTests
{
    [Theory]
    [InlineData("id-1", "Hello", null)]
    [InlineData("id-1", "", "message_empty")]
    [InlineData("id-1", " \t\n", "message_empty")]
    [InlineData("", "Hello", "client_message_id_invalid")]
    [InlineData(null, "Hello", "client_message_id_invalid")]
    public void Message_rules_name_what_is_wrong(string? clientMessageId, string? text, string? expected)
    {
        Assert.Equal(expected, MessageRules.Check(clientMessageId, text));
    }

    [Fact]
    public void Message_rules_draw_the_limits_exactly()
    {
        Assert.Null(MessageRules.Check(new string('i', 64), new string('t', 4000)));
        Assert.Equal("message_too_long", MessageRules.Check("id", new string('t', 4001)));
        Assert.Equal("client_message_id_invalid", MessageRules.Check(new string('i', 65), "Hello"));
    }
}
