namespace ChatConsent.Chat;

// Whether an agent is there to answer now; the widget switches to "leave a message" when not.
public sealed partial class VisitorHub
{
    /// <summary>Whether at least one agent is online; agents serve every site.</summary>
    public Availability GetAvailability(AgentPresence presence) => new(presence.AgentsAvailable);
}
