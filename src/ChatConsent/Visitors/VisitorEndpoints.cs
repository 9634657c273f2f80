using ChatConsent.Admin;
using ChatConsent.Chat;
using ChatConsent.Sites;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatConsent.Visitors;

/// <summary>
/// The visitor API: the same reads the hub offers, for clients that load history before they
/// connect. Every request has passed the consent gate, which put the session on the context.
/// </summary>
public static class VisitorEndpoints
{
    public static IEndpointRouteBuilder MapVisitorApi(this IEndpointRouteBuilder app)
    {
        var visitor = app.MapGroup(VisitorPaths.Api + "/{siteKey}")
            .RequireCors(SiteCorsPolicyProvider.PolicyName)
            .WithTags("Visitor");

        visitor.MapGet("/conversations", ListConversationsAsync);
        visitor.MapGet("/conversations/{conversationId:guid}/messages", ListMessagesAsync);
        visitor.MapDelete("/data", EraseOwnDataAsync);
        return app;
    }

    private static async Task<Ok<List<ConversationSummary>>> ListConversationsAsync(
        HttpContext context, ConversationQueries conversations, CancellationToken cancellationToken)
    {
        var session = context.Features.GetRequiredFeature<VisitorSession>();
        return TypedResults.Ok(await conversations.ForVisitorAsync(session.VisitorId, cancellationToken));
    }

    /// <summary>"Delete my chat data": the visitor's own erasure, the same as an admin's.</summary>
    private static async Task<NoContent> EraseOwnDataAsync(HttpContext context, VisitorDataRights rights,
        CancellationToken cancellationToken)
    {
        var session = context.Features.GetRequiredFeature<VisitorSession>();
        await rights.EraseAsync(session.VisitorId, new Actor("visitor", "the visitor"), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<MessageView>>> ListMessagesAsync(
        Guid conversationId, long? after, HttpContext context, ChatService chat, CancellationToken cancellationToken)
    {
        var session = context.Features.GetRequiredFeature<VisitorSession>();
        return TypedResults.Ok(
            await chat.GetVisitorMessagesAsync(session, conversationId, after ?? 0, cancellationToken));
    }
}
