namespace ChatConsent.Chat;

/// <summary>Events the server sends to the widget over <c>/hubs/visitor</c>.</summary>
public interface IVisitorClient
{
    /// <summary>A new message in one of the visitor's conversations, from an agent or from another tab.</summary>
    Task MessageReceived(MessageView message);

    /// <summary>
    /// The visitor's consent ended (withdrawn in the platform, in the widget or by the server);
    /// the server closes the connection and refuses the token from now on.
    /// </summary>
    Task ConsentWithdrawn();

    /// <summary>An agent is typing in one of the visitor's conversations; lasts a few seconds.</summary>
    Task Typing(TypingSignal signal);

    /// <summary>A read mark moved in one of the visitor's conversations: the agents' or their own.</summary>
    Task ReadReceipt(ReadReceipt receipt);
}

/// <summary>Events the server sends to the agent console over <c>/hubs/agent</c>.</summary>
public interface IAgentClient
{
    /// <summary>A conversation was started or got a new message; replaces the console's list entry.</summary>
    Task ConversationUpdated(ConversationSummary conversation);

    /// <summary>A new message, from the visitor or from any agent.</summary>
    Task MessageReceived(MessageView message);

    /// <summary>A visitor is typing in a conversation; lasts a few seconds.</summary>
    Task Typing(TypingSignal signal);

    /// <summary>A read mark moved: the visitor's, or the agents' (which changes the unread count).</summary>
    Task ReadReceipt(ReadReceipt receipt);
}
