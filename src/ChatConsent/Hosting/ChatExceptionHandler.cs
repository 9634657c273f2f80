using ChatConsent.Chat;
using Microsoft.AspNetCore.Diagnostics;

namespace ChatConsent.Hosting;

/// <summary>Answers a <see cref="ChatException"/> from an HTTP endpoint with its problem response.</summary>
internal sealed class ChatExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception,
        CancellationToken cancellationToken)
    {
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
