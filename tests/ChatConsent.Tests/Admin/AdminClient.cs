using System.Net;
using ChatConsent.Tests.Support;

namespace ChatConsent.Tests.Admin;

/// <summary>
/// Someone signed in to the admin pages through the real sign-in form, submitting forms the way a
/// browser does: every field the page rendered, with the values it rendered, plus the changes.
/// </summary>
public sealed class AdminClient : IDisposable
{
    private readonly HttpClient _http;

    private AdminClient(ChatConsentHost host)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        _http = new HttpClient(handler) { BaseAddress = host.BaseAddress };
    }

    public static async Task<AdminClient> SignInAsync(ChatConsentHost host,
        string email = ChatConsentHost.AgentEmail, string password = ChatConsentHost.AgentPassword)
    {
        var client = new AdminClient(host);
        var response = await client.SubmitAsync("/agents/signin", "signin-submit",
            new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A browser that has not signed in, such as an invitee opening their link.</summary>
    public static AdminClient Anonymous(ChatConsentHost host) => new(host);

    public Task<HttpResponseMessage> GetAsync(string path) =>
        _http.GetAsync(path, TestContext.Current.CancellationToken);

    public Task<string> PageAsync(string path) => _http.GetStringAsync(path, TestContext.Current.CancellationToken);

    /// <summary>
    /// Loads <paramref name="path"/>, fills in the form <paramref name="formSelector"/> names, posts it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formSelector,
        Dictionary<string, string> changes)
    {
        var page = await _http.GetStringAsync(path, TestContext.Current.CancellationToken);
        var form = HtmlForm.Find(page, formSelector);
        var fields = form.Fields.Where(field => !changes.ContainsKey(field.Key))
            .Concat(changes.Select(change => KeyValuePair.Create(change.Key, change.Value)));
        using var content = new FormUrlEncodedContent(fields);
        var response = await _http.PostAsync(form.Action ?? path, content, TestContext.Current.CancellationToken);
        await response.Content.LoadIntoBufferAsync(TestContext.Current.CancellationToken);
        return response;
    }

    /// <summary>Follows a Post-Redirect-Get redirect as a browser would.</summary>
    public async Task<string> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await _http.GetStringAsync(redirect.Headers.Location, TestContext.Current.CancellationToken);
    }

    public void Dispose() => _http.Dispose();
}
