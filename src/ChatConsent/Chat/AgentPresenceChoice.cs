namespace ChatConsent.Chat;

/// <summary>What an agent says about being there; shown only while they have a console open.</summary>
public enum PresenceStatus
{
    Online,
    Away,
    Offline,
}

/// <summary>
/// The status an agent chose last, kept so that it survives a reconnect and a restart. Whether
/// they are connected at all is known only in memory (<see cref="AgentPresence"/>).
/// </summary>
public sealed class AgentPresenceChoice
{
    public required string AgentId { get; set; }

    public PresenceStatus Status { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
