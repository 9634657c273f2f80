using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Agents;

/// <summary>
/// The agent hub connections on this instance, by agent, so that disabling or removing an agent
/// closes their open consoles at once: a WebSocket, once open, is not checked against the sign-in
/// cookie again. Connections on other instances are refused by <see cref="AgentAccountHubFilter"/>
/// at their next call.
/// </summary>
public sealed class AgentConnections
{
    private readonly ConcurrentDictionary<string, (string AgentId, HubCallerContext Context)> _open = new();

    public void Add(string agentId, HubCallerContext context) => _open[context.ConnectionId] = (agentId, context);

    public void Remove(string connectionId) => _open.TryRemove(connectionId, out _);

    public void Close(string agentId)
    {
        foreach (var (_, (owner, context)) in _open)
        {
            if (owner == agentId)
            {
                context.Abort();
            }
        }
    }
}
