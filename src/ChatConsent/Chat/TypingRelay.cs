using System.Collections.Concurrent;
using ChatConsent.Data;
using ChatConsent.Visitors;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>
/// Relays "is typing" between a visitor and the agents. Nothing of it is written anywhere: the
/// only database access is a read that the caller may see the conversation (and, for an agent,
/// their display name). Bursts are dropped by <see cref="TypingThrottle"/>.
/// </summary>
public sealed class TypingRelay(
    ChatDbContext db,
    ConversationQueries conversations,
    TypingThrottle throttle,
    IHubContext<VisitorHub, IVisitorClient> visitors,
    IHubContext<AgentHub, IAgentClient> agents)
{
    /// <summary>Visitor → the agents; another visitor's conversation is refused like a missing one.</summary>
    public async Task FromVisitorAsync(VisitorSession session, string connectionId, Guid conversationId,
        CancellationToken cancellationToken)
    {
        var conversation = await conversations.FindOwnedAsync(
                conversationId, session.VisitorId, cancellationToken)
            ?? throw ChatException.ConversationNotFound();
        if (throttle.TryPass(connectionId, conversationId, conversation.LastSequence))
        {
            await agents.Clients.Group(ChatGroups.Agents).Typing(new TypingSignal(conversationId, "visitor", null));
        }
    }

    /// <summary>Agent → every tab of the conversation's visitor, with the agent's display name.</summary>
    public async Task FromAgentAsync(string agentId, string connectionId, Guid conversationId,
        CancellationToken cancellationToken)
    {
        var conversation = await conversations.FindAsync(conversationId, cancellationToken)
            ?? throw ChatException.ConversationNotFound();
        if (!throttle.TryPass(connectionId, conversationId, conversation.LastSequence))
        {
            return;
        }

        var name = await db.Users.AsNoTracking().Where(u => u.Id == agentId)
            .Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        await visitors.Clients.Group(ChatGroups.Visitor(conversation.VisitorId))
            .Typing(new TypingSignal(conversationId, "agent", name));
    }
}

/// <summary>
/// At most one typing signal per connection and conversation in <see cref="Window"/>; the
/// clients send one every few seconds while typing, so anything faster is a burst. A new message
/// in the conversation opens the window again, because it ends the indicator on the other side.
/// Held in memory only: a connection lives on one instance.
/// </summary>
public sealed class TypingThrottle(TimeProvider clock)
{
    /// <summary>Shorter than the clients' interval, so a steady typist is never dropped.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    private const int PruneAbove = 4096;

    private readonly ConcurrentDictionary<(string Connection, Guid Conversation), Passed> _last = new();

    /// <param name="lastSequence">The conversation's newest message now.</param>
    public bool TryPass(string connectionId, Guid conversationId, long lastSequence)
    {
        var now = clock.GetUtcNow();
        var key = (connectionId, conversationId);
        var passed = false;
        _last.AddOrUpdate(key,
            _ => { passed = true; return new Passed(now, lastSequence); },
            (_, last) =>
            {
                passed = now - last.At >= Window || lastSequence != last.Sequence;
                return passed ? new Passed(now, lastSequence) : last;
            });

        PruneIfLarge(now);
        return passed;
    }

    // Entries of closed connections are not worth a disconnect hook: anything older than the
    // window can go, since it would let the next signal through anyway.
    private void PruneIfLarge(DateTimeOffset now)
    {
        if (_last.Count <= PruneAbove)
        {
            return;
        }

        foreach (var (key, last) in _last)
        {
            if (now - last.At >= Window)
            {
                _last.TryRemove(key, out _);
            }
        }
    }

    private readonly record struct Passed(DateTimeOffset At, long Sequence);
}
