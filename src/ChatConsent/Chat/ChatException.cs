using System.Collections.Concurrent;
using System.Reflection;
using ChatConsent.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Chat;

/// <summary>A refusal with a stable <see cref="ErrorCodes">code</see>; the hub turns it into a hub error.</summary>
public sealed class ChatException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static ChatException ConversationNotFound() =>
        new(ErrorCodes.ConversationNotFound, "No such conversation for this caller.");

    public static ChatException InvalidMessage(string code) => new(code, code switch
    {
        ErrorCodes.MessageEmpty => "A message needs some text.",
        ErrorCodes.MessageTooLong => $"A message may have at most {MessageRules.MaxLength} characters.",
        _ => $"clientMessageId must be 1 to {MessageRules.MaxClientMessageIdLength} characters.",
    });
}

/// <summary>
/// Turns <see cref="ChatException"/> into a <see cref="HubException"/> whose message begins with
/// the stable code, so every client can branch on it; the connection stays open.
/// </summary>
internal sealed partial class ChatErrorHubFilter(ILogger<ChatErrorHubFilter> logger) : IHubFilter
{
    private static readonly ConcurrentDictionary<MethodInfo, (int Index, string Name)[]> RequiredParameters = new();

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            RequireArguments(invocationContext);
            return await next(invocationContext);
        }
        catch (ChatException refusal)
        {
            LogRefused(logger, invocationContext.HubMethodName, refusal.Code);
            throw new HubException($"{refusal.Code}: {refusal.Message}", refusal);
        }
    }

    // SignalR passes a JSON null on to a parameter that cannot be null; the method would fail
    // deep inside with a fault of ours instead of the caller's mistake.
    private static void RequireArguments(HubInvocationContext invocationContext)
    {
        var parameters = RequiredParameters.GetOrAdd(invocationContext.HubMethod, NonNullableParameters);
        foreach (var (index, name) in parameters)
        {
            if (index < invocationContext.HubMethodArguments.Count
                && invocationContext.HubMethodArguments[index] is null)
            {
                throw new ChatException(ErrorCodes.InvalidRequest, $"{name} is required.");
            }
        }
    }

    private static (int Index, string Name)[] NonNullableParameters(MethodInfo method)
    {
        var nullability = new NullabilityInfoContext();
        return [.. method.GetParameters()
            .Where(p => !p.ParameterType.IsValueType
                && nullability.Create(p).WriteState == NullabilityState.NotNull)
            .Select(p => (p.Position, p.Name ?? $"argument {p.Position + 1}"))];
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Refused hub call {Method}: {Code}")]
    private static partial void LogRefused(ILogger logger, string method, string code);
}
