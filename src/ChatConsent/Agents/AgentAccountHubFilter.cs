using ChatConsent.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Agents;

/// <summary>
/// Refuses every agent hub call of an account that was disabled or removed since the connection
/// opened, and closes that connection. <see cref="AgentConnections"/> closes such connections on
/// the instance where the admin acted; this covers connections held by other instances.
/// </summary>
internal sealed class AgentAccountHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var agentId = invocationContext.Context.UserIdentifier;
        var db = invocationContext.ServiceProvider.GetRequiredService<ChatDbContext>();
        var active = agentId is not null && await db.Users.AsNoTracking()
            .AnyAsync(u => u.Id == agentId && u.DisabledAt == null, invocationContext.Context.ConnectionAborted);
        if (!active)
        {
            invocationContext.Context.Abort();

            // The code the console already reads as "sign in again" (docs/protocol.md).
            throw new HubException("unauthorized: This agent account is disabled or was removed.");
        }

        return await next(invocationContext);
    }
}
