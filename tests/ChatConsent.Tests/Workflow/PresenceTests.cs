using ChatConsent.Chat;
using ChatConsent.Tests.Browser;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ChatConsent.Tests.Workflow;

public sealed class PresenceTests : IAsyncLifetime
{
    private readonly ChatConsentHost _host = new();

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Presence_drops_to_offline_only_when_the_last_of_two_consoles_closes_and_visitors_hear_it()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        await TestAgentAccounts.CreateAsync(_host, "sam@shop.example", "Sam");
        await using var watcher = await TestAgent.SignInAsync(_host, "sam@shop.example", TestAgentAccounts.Password);
        await watcher.Connection.InvokeAsync<AgentPresenceView>("SetPresence", "away",
            TestContext.Current.CancellationToken);
        var before = await AvailabilityAsync(tab);
        var availability = new Inbox<Availability>();
        tab.On<Availability>("AvailabilityChanged", availability.Add);
        var presence = new Inbox<AgentPresenceView>();
        watcher.Connection.On<AgentPresenceView>("PresenceChanged", presence.Add);

        var firstConsole = await TestAgent.SignInAsync(_host);
        var cameOnline = await presence.NextMatchingAsync(p => p.DisplayName == "Alex from Support");
        var flippedOn = await availability.NextAsync();
        var secondConsole = firstConsole.Build(_host);
        await secondConsole.StartAsync(TestContext.Current.CancellationToken);
        await secondConsole.InvokeAsync<AgentSelf>("GetMe", TestContext.Current.CancellationToken);
        await firstConsole.DisposeAsync();
        await ConsolesOpenAsync(cameOnline.AgentId, 1);
        var stillOnline = await AvailabilityAsync(tab);
        await secondConsole.DisposeAsync();
        var wentOffline = await presence.NextMatchingAsync(p => p.AgentId == cameOnline.AgentId);
        var flippedOff = await availability.NextAsync();

        Assert.False(before.AgentsAvailable);
        Assert.Equal(PresenceStatus.Online, cameOnline.Status);
        Assert.True(flippedOn.AgentsAvailable);
        Assert.True(stillOnline.AgentsAvailable);
        Assert.Equal(PresenceStatus.Offline, wentOffline.Status);
        Assert.False(flippedOff.AgentsAvailable);
        Assert.False((await AvailabilityAsync(tab)).AgentsAvailable);
    }

    [Fact]
    public async Task Chosen_status_survives_a_reconnect_and_away_means_nobody_is_available()
    {
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var first = await TestAgent.SignInAsync(_host);
        var online = await AvailabilityAsync(tab);

        var away = await first.Connection.InvokeAsync<AgentPresenceView>("SetPresence", "away",
            TestContext.Current.CancellationToken);
        var nobody = await AvailabilityAsync(tab);
        await first.DisposeAsync();
        await using var again = await TestAgent.SignInAsync(_host);
        var me = await again.Connection.InvokeAsync<AgentSelf>("GetMe", TestContext.Current.CancellationToken);
        var invalid = await HubRefusals.CodeOfAsync(() =>
            again.Connection.InvokeAsync<AgentPresenceView>("SetPresence", "busy",
                TestContext.Current.CancellationToken));

        Assert.True(online.AgentsAvailable);
        Assert.Equal(PresenceStatus.Away, away.Status);
        Assert.False(nobody.AgentsAvailable);
        Assert.Equal((PresenceStatus.Away, true), (me.Status, me.IsAdmin));
        Assert.False((await AvailabilityAsync(tab)).AgentsAvailable);
        Assert.Equal("presence_invalid", invalid);
    }

    /// <summary>Waits until the service has seen the agent's other consoles close.</summary>
    private async Task ConsolesOpenAsync(string agentId, int count)
    {
        var presence = _host.Services.GetRequiredService<AgentPresence>();
        await ShopVisitor.EventuallyAsync(() => Task.FromResult(presence.ConnectionsOf(agentId) == count),
            $"the agent still has other than {count} consoles open");
    }

    private static Task<Availability> AvailabilityAsync(HubConnection tab) =>
        tab.InvokeAsync<Availability>("GetAvailability", TestContext.Current.CancellationToken);
}
