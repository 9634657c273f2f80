using ChatConsent.Chat;
using ChatConsent.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ChatConsent.Tests.Workflow;

public sealed class AssignmentTests : IAsyncLifetime
{
    private const string SamEmail = "sam@shop.example";
    private readonly ChatConsentHost _host = new();
    private string _samId = "";

    public async ValueTask InitializeAsync()
    {
        await _host.StartAsync();
        _samId = await TestAgentAccounts.CreateAsync(_host, SamEmail, "Sam");
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Two_agents_taking_one_conversation_at_once_exactly_one_wins_and_both_consoles_see_the_winner()
    {
        await using var admin = await TestAgent.SignInAsync(_host);
        await using var sam = await TestAgent.SignInAsync(_host, SamEmail, TestAgentAccounts.Password);
        var conversationId = await VisitorWritesAsync("Is anyone there?");

        var attempts = new[] { admin, sam }.Select(agent => TakeAsync(agent, conversationId)).ToArray();
        var outcomes = await Task.WhenAll(attempts.Select(Outcome));

        var winner = Assert.Single(outcomes, o => o.Summary is not null).Summary!;
        var loser = Assert.Single(outcomes, o => o.Summary is null);
        Assert.Contains("HubException: already_assigned: ", loser.Error, StringComparison.Ordinal);
        Assert.NotNull(winner.AssignedAgentId);
        foreach (var agent in new[] { admin, sam })
        {
            var seen = await agent.Conversations.NextMatchingAsync(c => c.AssignedAgentId is not null);
            Assert.Equal(winner.AssignedAgentId, seen.AssignedAgentId);
            Assert.Equal(winner.AssignedAgentName, seen.AssignedAgentName);
        }
    }

    [Fact]
    public async Task Taken_conversation_leaves_the_queue_and_is_the_takers_own()
    {
        await using var sam = await TestAgent.SignInAsync(_host, SamEmail, TestAgentAccounts.Password);
        var conversationId = await VisitorWritesAsync("Hello");
        var queued = await FindAsync(sam, new ConversationFilter(Scope: "queue"));

        var taken = await TakeAsync(sam, conversationId);

        Assert.Equal([conversationId], queued.Items.Select(c => c.Id));
        Assert.Equal("Sam", taken.AssignedAgentName);
        Assert.Empty((await FindAsync(sam, new ConversationFilter(Scope: "queue"))).Items);
        var mine = await FindAsync(sam, new ConversationFilter(Scope: "mine"));
        Assert.Equal([conversationId], mine.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Reply_from_the_queue_takes_the_conversation_and_a_colleague_may_read_but_not_reply()
    {
        await using var admin = await TestAgent.SignInAsync(_host);
        await using var sam = await TestAgent.SignInAsync(_host, SamEmail, TestAgentAccounts.Password);
        var conversationId = await VisitorWritesAsync("Where is my order?");
        await sam.SendAsync(conversationId, "Let me look.");
        var colleague = await TestAgentAccounts.CreateAsync(_host, "kim@shop.example", "Kim");
        await using var kim = await TestAgent.SignInAsync(_host, "kim@shop.example", TestAgentAccounts.Password);

        var read = await kim.Connection.InvokeAsync<List<MessageView>>("GetMessages", conversationId, 0L,
            TestContext.Current.CancellationToken);
        var kimReplies = await HubRefusals.CodeOfAsync(() => kim.SendAsync(conversationId, "Me too"));
        var kimTakes = await HubRefusals.CodeOfAsync(() => TakeAsync(kim, conversationId));
        var kimCloses = await HubRefusals.CodeOfAsync(() => InvokeAsync(kim, "Close", conversationId));
        var adminReplies = await admin.SendAsync(conversationId, "An admin may always answer.");

        Assert.NotEmpty(colleague);
        Assert.Equal(2, read.Count);
        Assert.Equal("not_assignee", kimReplies);
        Assert.Equal("already_assigned", kimTakes);
        Assert.Equal("not_assignee", kimCloses);
        Assert.Equal(3, adminReplies.Sequence);
        var summary = await FindOneAsync(sam, conversationId);
        Assert.Equal(_samId, summary.AssignedAgentId);
    }

    [Fact]
    public async Task Handing_over_goes_to_an_active_colleague_only_and_unassigning_returns_it_to_the_queue()
    {
        await using var sam = await TestAgent.SignInAsync(_host, SamEmail, TestAgentAccounts.Password);
        var kimId = await TestAgentAccounts.CreateAsync(_host, "kim@shop.example", "Kim");
        var goneId = await TestAgentAccounts.CreateAsync(_host, "gone@shop.example", "Gone");
        await TestAgentAccounts.DisableAsync(_host, goneId);
        var conversationId = await VisitorWritesAsync("I need help");
        await TakeAsync(sam, conversationId);

        var toNobody = await HubRefusals.CodeOfAsync(() => HandOverAsync(sam, conversationId, "no-such-agent"));
        var toDisabled = await HubRefusals.CodeOfAsync(() => HandOverAsync(sam, conversationId, goneId));
        var handed = await HandOverAsync(sam, conversationId, kimId);
        var notSamsAnyMore = await HubRefusals.CodeOfAsync(() => InvokeAsync(sam, "Unassign", conversationId));
        await using var kim = await TestAgent.SignInAsync(_host, "kim@shop.example", TestAgentAccounts.Password);
        var kimsOwn = await FindAsync(kim, new ConversationFilter(Scope: "mine"));
        var unassigned = await InvokeAsync(kim, "Unassign", conversationId);

        Assert.Equal("agent_not_found", toNobody);
        Assert.Equal("agent_not_found", toDisabled);
        Assert.Equal(("Kim", kimId), (handed.AssignedAgentName, handed.AssignedAgentId));
        Assert.Equal("not_assignee", notSamsAnyMore);
        Assert.Equal([conversationId], kimsOwn.Items.Select(c => c.Id));
        Assert.Null(unassigned.AssignedAgentId);
        var queue = await FindAsync(sam, new ConversationFilter(Scope: "queue"));
        Assert.Equal([conversationId], queue.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Hand_over_list_names_every_active_agent_but_not_a_disabled_one()
    {
        await using var sam = await TestAgent.SignInAsync(_host, SamEmail, TestAgentAccounts.Password);
        var goneId = await TestAgentAccounts.CreateAsync(_host, "gone@shop.example", "Gone");
        await TestAgentAccounts.DisableAsync(_host, goneId);

        var agents = await sam.Connection.InvokeAsync<List<AgentPresenceView>>("GetAgents",
            TestContext.Current.CancellationToken);

        Assert.Equal(["Alex from Support", "Sam"], agents.Select(a => a.DisplayName));
        Assert.Equal(PresenceStatus.Online, agents.Single(a => a.AgentId == _samId).Status);
        Assert.Equal(PresenceStatus.Offline, agents.Single(a => a.AgentId != _samId).Status);
    }

    [Fact]
    public async Task Visitors_never_learn_who_is_assigned()
    {
        await using var sam = await TestAgent.SignInAsync(_host, SamEmail, TestAgentAccounts.Password);
        await using var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var ack = await TestVisitor.SendAsync(tab, "Hi");
        await TakeAsync(sam, ack.ConversationId);

        var own = await tab.InvokeAsync<List<ConversationSummary>>("GetConversations",
            TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(own).AssignedAgentId);
        Assert.Null(own[0].AssignedAgentName);
    }

    private async Task<Guid> VisitorWritesAsync(string text)
    {
        var visitor = await TestVisitor.ConsentAsync(_host);
        var (tab, _) = await visitor.ConnectAsync();
        var ack = await TestVisitor.SendAsync(tab, text);
        await tab.DisposeAsync();
        return ack.ConversationId;
    }

    private static async Task<(ConversationSummary? Summary, string? Error)> Outcome(Task<ConversationSummary> take)
    {
        try
        {
            return (await take, null);
        }
        catch (HubException refused)
        {
            return (null, refused.Message);
        }
    }

    internal static Task<ConversationSummary> TakeAsync(TestAgent agent, Guid conversationId) =>
        InvokeAsync(agent, "Take", conversationId);

    private static Task<ConversationSummary> HandOverAsync(TestAgent agent, Guid conversationId, string agentId) =>
        agent.Connection.InvokeAsync<ConversationSummary>("HandOver", conversationId, agentId,
            TestContext.Current.CancellationToken);

    internal static Task<ConversationSummary> InvokeAsync(TestAgent agent, string method, Guid conversationId) =>
        agent.Connection.InvokeAsync<ConversationSummary>(method, conversationId,
            TestContext.Current.CancellationToken);

    internal static Task<ConversationPage> FindAsync(TestAgent agent, ConversationFilter filter) =>
        agent.Connection.InvokeAsync<ConversationPage>("FindConversations", filter,
            TestContext.Current.CancellationToken);

    private static async Task<ConversationSummary> FindOneAsync(TestAgent agent, Guid conversationId) =>
        (await FindAsync(agent, new ConversationFilter())).Items.Single(c => c.Id == conversationId);
}
