using System.Collections.Concurrent;
using ChatConsent.Chat;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Consent;

/// <summary>
/// The visitor hub connections on this instance, by the identity they were opened with, so that
/// a withdrawal can close them at once rather than at their next request.
/// </summary>
public sealed class VisitorConnections(IHubContext<VisitorHub, IVisitorClient> hub)
{
    private readonly ConcurrentDictionary<string, (Guid IdentityId, HubCallerContext Context)> _open = new();

    public void Add(Guid identityId, HubCallerContext context) => _open[context.ConnectionId] = (identityId, context);

    public void Remove(string connectionId) => _open.TryRemove(connectionId, out _);

    /// <summary>Whether the visitor has a hub connection open on this instance.</summary>
    public bool HasVisitor(Guid visitorId) =>
        _open.Values.Any(open => Visitors.VisitorSession.FromPrincipal(open.Context.User)?.VisitorId == visitorId);

    /// <summary>Tells every connection of the identity that consent ended, then closes it.</summary>
    public async Task CloseAsync(Guid identityId)
    {
        // The group reaches connections on other instances through the backplane; the widget
        // closes on the event, and the gate refuses the revoked token if it tries again.
        await hub.Clients.Group(ChatGroups.Identity(identityId)).ConsentWithdrawn();
        foreach (var (_, (owner, context)) in _open)
        {
            if (owner == identityId)
            {
                context.Abort();
            }
        }
    }
}
