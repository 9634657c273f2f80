namespace ChatConsent.Chat;

/// <summary>What a presence change did: the agent's status before and after, and availability if it flipped.</summary>
public readonly record struct PresenceChange(PresenceStatus Before, PresenceStatus After, bool? AvailabilityNow)
{
    public bool StatusChanged => Before != After;
}

/// <summary>
/// Which agents have a console open, and which status each chose, in this instance's memory. An
/// agent is offline as soon as their last connection closes, whatever they chose; the choice
/// itself is kept, so reconnecting restores it.
/// </summary>
public sealed class AgentPresence
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, HashSet<string>> _connections = [];
    private readonly Dictionary<string, PresenceStatus> _chosen = [];
    private bool _available;

    /// <summary>Whether at least one agent with an open console is online.</summary>
    public bool AgentsAvailable
    {
        get
        {
            lock (_lock)
            {
                return _available;
            }
        }
    }

    public PresenceChange Connect(string agentId, string connectionId, PresenceStatus chosen) =>
        Change(agentId, () =>
        {
            _chosen[agentId] = chosen;
            if (!_connections.TryGetValue(agentId, out var open))
            {
                _connections[agentId] = open = [];
            }

            open.Add(connectionId);
        });

    public PresenceChange Disconnect(string agentId, string connectionId) =>
        Change(agentId, () =>
        {
            if (_connections.TryGetValue(agentId, out var open) && open.Remove(connectionId) && open.Count == 0)
            {
                _connections.Remove(agentId);
            }
        });

    public PresenceChange Choose(string agentId, PresenceStatus status) =>
        Change(agentId, () => _chosen[agentId] = status);

    /// <summary>How many consoles the agent has open on this instance.</summary>
    public int ConnectionsOf(string agentId)
    {
        lock (_lock)
        {
            return _connections.TryGetValue(agentId, out var open) ? open.Count : 0;
        }
    }

    public PresenceStatus StatusOf(string agentId)
    {
        lock (_lock)
        {
            return Effective(agentId);
        }
    }

    private PresenceChange Change(string agentId, Action change)
    {
        lock (_lock)
        {
            var before = Effective(agentId);
            change();
            var after = Effective(agentId);
            var available = _connections.Keys.Any(id => Effective(id) == PresenceStatus.Online);
            var flipped = available != _available;
            _available = available;
            return new PresenceChange(before, after, flipped ? available : null);
        }
    }

    private PresenceStatus Effective(string agentId) =>
        _connections.ContainsKey(agentId)
            ? _chosen.GetValueOrDefault(agentId, PresenceStatus.Online)
            : PresenceStatus.Offline;
}
