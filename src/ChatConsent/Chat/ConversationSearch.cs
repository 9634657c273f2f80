using System.Buffers.Text;
using System.Globalization;
using System.Text;
using ChatConsent.Data;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Chat;

/// <summary>
/// The console's conversation lists and search, paged by cursor: newest activity first, and a
/// page continues strictly after the last conversation of the previous one, so a conversation
/// that moves up meanwhile is not shown twice on the pages after.
/// </summary>
public sealed class ConversationSearch(ChatDbContext db, ConversationQueries conversations)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;
    public const int MaxTextLength = 200;

    public async Task<ConversationPage> FindAsync(AgentCaller caller, ConversationFilter filter,
        CancellationToken cancellationToken)
    {
        var limit = filter.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
        {
            throw WorkflowRefusals.InvalidFilter($"limit must be 1 to {MaxLimit}.");
        }

        var query = Filter(caller, filter);
        if (filter.Cursor is not null)
        {
            var (at, id) = ReadCursor(filter.Cursor);
            query = query.Where(c => c.LastMessageAt < at || (c.LastMessageAt == at && c.Id.CompareTo(id) < 0));
        }

        var ordered = query.OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.Id);
        var items = await conversations.Project(ordered.Take(limit + 1)).ToListAsync(cancellationToken);
        var next = items.Count > limit ? WriteCursor(items[limit - 1]) : null;
        return new ConversationPage(items.Take(limit).ToList(), next);
    }

    private IQueryable<Conversation> Filter(AgentCaller caller, ConversationFilter filter)
    {
        var query = Scoped(caller, filter.Scope).Where(c => c.LastSequence > 0);
        query = filter.Status switch
        {
            null or "" => query,
            "open" => query.Where(c => c.Status == ConversationStatus.Open),
            "closed" => query.Where(c => c.Status == ConversationStatus.Closed),
            _ => throw WorkflowRefusals.InvalidFilter("status must be open, closed or null."),
        };

        if (filter.From is { } from && filter.To is { } to && from >= to)
        {
            throw WorkflowRefusals.InvalidFilter("from must be before to.");
        }

        // Active in the range: started before its end, last written at or after its start.
        query = filter.From is { } start ? query.Where(c => c.LastMessageAt >= start) : query;
        query = filter.To is { } end ? query.Where(c => c.CreatedAt < end) : query;

        if (Pattern(filter.Text) is { } text)
        {
            query = query.Where(c => c.Messages.Any(m => EF.Functions.Like(m.Text, text, "\\"))
                || db.ConversationNotes.Any(n => n.ConversationId == c.Id && EF.Functions.Like(n.Text, text, "\\")));
        }

        if (Pattern(filter.VisitorEmail) is { } email)
        {
            query = query.Where(c => db.Visitors.Any(v =>
                v.Id == c.VisitorId && v.Email != null && EF.Functions.Like(v.Email, email, "\\")));
        }

        return query;
    }

    private IQueryable<Conversation> Scoped(AgentCaller caller, string? scope) => scope switch
    {
        "queue" => db.Conversations.Where(c => c.Status == ConversationStatus.Open && c.AssignedAgentId == null),
        "mine" => db.Conversations.Where(c => c.AssignedAgentId == caller.Id),
        null or "" or "all" => db.Conversations,
        _ => throw WorkflowRefusals.InvalidFilter("scope must be queue, mine or all."),
    };

    /// <summary>A LIKE pattern that finds the text anywhere, with LIKE's own wildcards escaped.</summary>
    private static string? Pattern(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw WorkflowRefusals.InvalidFilter($"Search text may have at most {MaxTextLength} characters.");
        }

        var escaped = trimmed.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }

    private static string WriteCursor(ConversationSummary last) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $"{last.LastMessageAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{last.Id:N}"));

    private static (DateTimeOffset At, Guid Id) ReadCursor(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            var ticks = long.Parse(parts[0], CultureInfo.InvariantCulture);
            return (new DateTimeOffset(ticks, TimeSpan.Zero), Guid.ParseExact(parts[1], "N"));
        }
        catch (Exception error) when (error is FormatException or IndexOutOfRangeException
            or ArgumentOutOfRangeException)
        {
            throw WorkflowRefusals.InvalidFilter("cursor is not one this service gave out.");
        }
    }
}
