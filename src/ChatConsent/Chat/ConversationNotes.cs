using ChatConsent.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>
/// Internal notes: stored apart from messages and delivered to the agents' group only, so no
/// visitor connection, query or API ever carries one.
/// </summary>
public sealed class ConversationNotes(
    ChatDbContext db,
    TimeProvider clock,
    IHubContext<AgentHub, IAgentClient> agents)
{
    public async Task<NoteView> AddAsync(string agentId, AddNoteRequest request, CancellationToken cancellationToken)
    {
        if (MessageRules.Check(request.ClientNoteId, request.Text) is { } code)
        {
            throw ChatException.InvalidMessage(code);
        }

        var lastSequence = await db.Conversations.AsNoTracking().Where(c => c.Id == request.ConversationId)
            .Select(c => (long?)c.LastSequence).FirstOrDefaultAsync(cancellationToken)
            ?? throw ChatException.ConversationNotFound();
        if (await FindAsync(request.ConversationId, request.ClientNoteId!, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var now = clock.GetUtcNow();
        var note = new ConversationNote
        {
            Id = Guid.CreateVersion7(now),
            ConversationId = request.ConversationId,
            ClientNoteId = request.ClientNoteId!,
            AgentId = agentId,
            Text = request.Text!,
            AfterSequence = lastSequence,
            CreatedAt = now,
        };
        db.ConversationNotes.Add(note);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same note, added twice at once: the first one stored counts.
            db.ChangeTracker.Clear();
            if (await FindAsync(request.ConversationId, note.ClientNoteId, cancellationToken) is { } stored)
            {
                return stored;
            }

            throw;
        }

        var view = await Views(db.ConversationNotes.Where(n => n.Id == note.Id)).FirstAsync(cancellationToken);
        await agents.Clients.Group(ChatGroups.Agents).NoteAdded(view);
        return view;
    }

    /// <summary>Every note of a conversation, oldest first.</summary>
    public Task<List<NoteView>> ListAsync(Guid conversationId, CancellationToken cancellationToken) =>
        Views(db.ConversationNotes.Where(n => n.ConversationId == conversationId).OrderBy(n => n.CreatedAt))
            .ToListAsync(cancellationToken);

    private Task<NoteView?> FindAsync(Guid conversationId, string clientNoteId, CancellationToken cancellationToken) =>
        Views(db.ConversationNotes.Where(n => n.ConversationId == conversationId && n.ClientNoteId == clientNoteId))
            .FirstOrDefaultAsync(cancellationToken);

    private IQueryable<NoteView> Views(IQueryable<ConversationNote> notes) =>
        notes.AsNoTracking().Select(n => new NoteView(
            n.Id,
            n.ConversationId,
            n.ClientNoteId,
            n.AgentId,
            db.Users.Where(u => u.Id == n.AgentId).Select(u => u.DisplayName).FirstOrDefault(),
            n.Text,
            n.AfterSequence,
            n.CreatedAt));
}
