using ChatConsent.Chat;
using Microsoft.AspNetCore.Diagnostics;

namespace ChatConsent.Hosting;

/// <summary>Answers refusals and unreadable requests with their problem response instead of a 500.</summary>
internal sealed class ChatExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception,
        CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            // Unreadable JSON, a missing body or a query value of the wrong type: the caller's fault.
            await Problems.WriteAsync(httpContext, bad.StatusCode, ErrorCodes.InvalidRequest,
                "The request could not be read.", "Check the JSON body and the query parameters.");
            return true;
        }

        if (exception is not ChatException refusal)
        {
            return false;
        }

        var status = refusal.Code == ErrorCodes.ConversationNotFound
            ? StatusCodes.Status404NotFound
            : StatusCodes.Status400BadRequest;
        await Problems.WriteAsync(httpContext, status, refusal.Code, refusal.Message);
        return true;
    }
}
