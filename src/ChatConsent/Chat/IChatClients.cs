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

    /// <summary>
    /// Whether some agent is online changed; while none is, the widget invites the visitor to
    /// leave a message that is answered later.
    /// </summary>
    Task AvailabilityChanged(Availability availability);
}

/// <summary>Events the server sends to the agent console over <c>/hubs/agent</c>.</summary>
public interface IAgentClient
{
    /// <summary>
    /// A conversation was started, got a new message, or changed its assignee or status (taken,
    /// handed over, unassigned, closed, reopened); replaces the console's list entry.
    /// </summary>
    Task ConversationUpdated(ConversationSummary conversation);

    /// <summary>A new message, from the visitor or from any agent.</summary>
    Task MessageReceived(MessageView message);

    /// <summary>A visitor is typing in a conversation; lasts a few seconds.</summary>
    Task Typing(TypingSignal signal);

    /// <summary>A read mark moved: the visitor's, or the agents' (which changes the unread count).</summary>
    Task ReadReceipt(ReadReceipt receipt);

    /// <summary>
    /// An agent's presence changed: they chose another status, or opened their first or closed their
    /// last console.
    /// </summary>
    Task PresenceChanged(AgentPresenceView agent);

    /// <summary>An internal note was added; it goes to agents only, never to the visitor.</summary>
    Task NoteAdded(NoteView note);
}
