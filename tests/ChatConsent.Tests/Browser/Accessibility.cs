using System.Text.Json;
using Microsoft.Playwright;

namespace ChatConsent.Tests.Browser;

/// <summary>
/// axe-core from the client's npm packages, injected into the page and run against WCAG 2 A and
/// AA. A failure lists every serious or critical violation with the elements it found.
/// </summary>
internal static class Accessibility
{
    private static readonly string AxeScript = Path.Combine(RepositoryRoot(), "src", "ChatConsent", "Client",
        "node_modules", "axe-core", "axe.min.js");

    /// <param name="scope">A selector to check only that part (the widget's host), or null for the page.</param>
    public static async Task ExpectNoSeriousViolationsAsync(IPage page, string? scope)
    {
        await page.AddScriptTagAsync(new() { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("""
            async (scope) => {
              const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } };
              const results = await axe.run(scope ?? document, options);
              return results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.flat().join(' >>> '), summary: n.failureSummary })),
              }));
            }
            """, scope);

        var violations = result.EnumerateArray().ToList();
        var report = string.Join("\n", violations.Select(Describe));
        TestContext.Current.TestOutputHelper?.WriteLine(report.Length > 0 ? report : "axe: no violations");

        var serious = violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0,
            $"axe found serious or critical violations:\n{string.Join("\n", serious.Select(Describe))}");
    }

    private static string Describe(JsonElement violation)
    {
        var nodes = violation.GetProperty("nodes").EnumerateArray()
            .Select(n => $"    {n.GetProperty("target").GetString()}: {n.GetProperty("summary").GetString()}");
        return $"[{violation.GetProperty("impact").GetString()}] {violation.GetProperty("id").GetString()}: "
            + $"{violation.GetProperty("help").GetString()}\n{string.Join("\n", nodes)}";
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null;
             directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChatConsent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: ChatConsent.sln not found.");
    }
}
