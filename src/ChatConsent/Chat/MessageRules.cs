using ChatConsent.Hosting;

namespace ChatConsent.Chat;

/// <summary>What a message must be before it is stored.</summary>
public static class MessageRules
{
    /// <summary>Longest message text, in UTF-16 code units.</summary>
    public const int MaxLength = 4000;

    public const int MaxClientMessageIdLength = 64;

    /// <summary>The error code for an unacceptable message, or null when it may be stored.</summary>
    public static string? Check(string? clientMessageId, string? text)
    {
        if (string.IsNullOrWhiteSpace(clientMessageId) || clientMessageId.Length > MaxClientMessageIdLength)
        {
            return ErrorCodes.ClientMessageIdInvalid;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ErrorCodes.MessageEmpty;
        }

        return text.Length > MaxLength ? ErrorCodes.MessageTooLong : null;
    }
}
