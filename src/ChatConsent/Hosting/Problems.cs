using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatConsent.Hosting;

/// <summary>
/// Stable error codes shared by HTTP problem responses (the <c>code</c> member) and hub errors.
/// Clients branch on these; their wording in titles may change, the codes may not.
/// </summary>
public static class ErrorCodes
{
    public const string ConsentRequired = "consent_required";
    public const string ConsentDenied = "consent_denied";
    public const string OriginNotAllowed = "origin_not_allowed";
    public const string SiteNotFound = "site_not_found";
    public const string NoticeOutdated = "notice_outdated";
    public const string ConversationNotFound = "conversation_not_found";
    public const string MessageEmpty = "message_empty";
    public const string MessageTooLong = "message_too_long";
    public const string ClientMessageIdInvalid = "client_message_id_invalid";
    public const string InvalidRequest = "invalid_request";
    public const string RateLimited = "rate_limited";

    // The console's conversation workflow: assignment, close and reopen, presence.
    public const string AlreadyAssigned = "already_assigned";
    public const string NotAssignee = "not_assignee";
    public const string AgentNotFound = "agent_not_found";
    public const string ConversationClosed = "conversation_closed";
    public const string PresenceInvalid = "presence_invalid";
    public const string LinkInvalid = "link_invalid";
    public const string EmailInvalid = "email_invalid";
}

/// <summary>RFC 9457 problem responses carrying one of <see cref="ErrorCodes"/>.</summary>
internal static class Problems
{
    public static ProblemDetails Create(int status, string code, string title, string? detail = null) => new()
    {
        Status = status,
        Type = $"urn:chatconsent:problem:{code}",
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    public static ProblemHttpResult Result(int status, string code, string title, string? detail = null) =>
        TypedResults.Problem(Create(status, code, title, detail));

    public static async Task WriteAsync(HttpContext context, int status, string code, string title,
        string? detail = null)
    {
        context.Response.StatusCode = status;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = Create(status, code, title, detail),
        });
    }
}
