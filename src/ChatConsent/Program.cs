using ChatConsent.Admin;
using ChatConsent.Agents;
using ChatConsent.Data;
using ChatConsent.Demo;
using ChatConsent.Hosting;
using ChatConsent.Mail;
using ChatConsent.Returning;
using ChatConsent.Visitors;
using ChatConsent.Widget;

var builder = WebApplication.CreateBuilder(args);

builder.AddChatLogging();
builder.Services.AddChatHosting();
builder.Services.AddProxySupport(builder.Configuration);
builder.Services.AddChatData(builder.Configuration);
builder.Services.AddAgents(builder.Configuration);
builder.Services.AddVisitors();
builder.Services.AddConsent();
builder.Services.AddChat(builder.Configuration);
builder.Services.AddMail(builder.Configuration);
builder.Services.AddContinue();
builder.Services.AddAdmin();
builder.Services.AddDemo(builder.Configuration);

var app = builder.Build();

await app.PrepareAsync();
app.UseProxySupport();
app.UseChatPipeline();

app.MapHealth();
app.MapWidgetScript();
app.MapWidget();
app.MapChatPrivacyPage();
app.MapVisitorApi();
app.MapContinue();
app.MapChatHubs();
app.MapRazorPages();
app.MapDemo();
app.MapGet("/", () => Results.Redirect("/agents")).ExcludeFromDescription();

await app.RunAsync();

/// <summary>Entry point; public so that tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
