using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;

namespace ChatConsent.Tests.Support;

/// <summary>Reads the stable code of a refused hub call, as docs/protocol.md tells clients to.</summary>
public static partial class HubRefusals
{
    public static async Task<string> CodeOfAsync(Func<Task> call)
    {
        var refused = await Assert.ThrowsAsync<HubException>(call);
        var match = Code().Match(refused.Message);
        Assert.True(match.Success, $"no code in: {refused.Message}");
        return match.Groups[1].Value;
    }

    /// <summary>The next event that matches, skipping the ones before it.</summary>
    public static async Task<T> NextMatchingAsync<T>(this Inbox<T> inbox, Func<T, bool> matches)
    {
        while (true)
        {
            var next = await inbox.NextAsync();
            if (matches(next))
            {
                return next;
            }
        }
    }

    [GeneratedRegex("HubException: ([a-z_]+): ")]
    private static partial Regex Code();
}
