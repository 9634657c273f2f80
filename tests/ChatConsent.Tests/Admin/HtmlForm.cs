using System.Net;
using System.Text.RegularExpressions;

namespace ChatConsent.Tests.Admin;

/// <summary>
/// Reads one server-rendered form the way a browser submits it: inputs (checked boxes and radios
/// only), text areas and each select's selected option. Enough for our own pages, not general HTML.
/// </summary>
public sealed partial record HtmlForm(string? Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <param name="selector"><c>#id</c> of the form, or the test id of an element inside it.</param>
    public static HtmlForm Find(string page, string selector)
    {
        var form = FormElement().Matches(page).FirstOrDefault(match => Matches(match, selector))
            ?? throw new InvalidOperationException($"No post form {selector} on the page.");

        var action = Attributes(form.Groups["attributes"].Value).GetValueOrDefault("action");
        return new HtmlForm(string.IsNullOrEmpty(action) ? null : action, [.. FieldsOf(form.Groups["body"].Value)]);
    }

    private static bool Matches(Match form, string selector)
    {
        var attributes = Attributes(form.Groups["attributes"].Value);
        if (attributes.GetValueOrDefault("method")?.Equals("post", StringComparison.OrdinalIgnoreCase) != true)
        {
            return false;
        }

        return selector.StartsWith('#')
            ? attributes.GetValueOrDefault("id") == selector[1..]
            : form.Groups["body"].Value.Contains($"data-testid=\"{selector}\"", StringComparison.Ordinal);
    }

    private static IEnumerable<KeyValuePair<string, string>> FieldsOf(string body)
    {
        foreach (Match control in Control().Matches(body))
        {
            var attributes = Attributes(control.Groups["attributes"].Value);
            if (attributes.GetValueOrDefault("name") is not { } name)
            {
                continue;
            }

            var value = control.Groups["tag"].Value.ToLowerInvariant() switch
            {
                "textarea" => TextAreaValue(control.Groups["content"].Value),
                "select" => SelectedOption(control.Groups["content"].Value),
                _ => InputValue(attributes),
            };
            if (value is not null)
            {
                yield return KeyValuePair.Create(name, value);
            }
        }
    }

    private static string? InputValue(Dictionary<string, string?> attributes)
    {
        var type = attributes.GetValueOrDefault("type")?.ToLowerInvariant() ?? "text";
        return type switch
        {
            "submit" or "button" or "reset" => null,
            "checkbox" or "radio" when !attributes.ContainsKey("checked") => null,
            "checkbox" or "radio" => attributes.GetValueOrDefault("value") ?? "on",
            _ => attributes.GetValueOrDefault("value") ?? "",
        };
    }

    // Browsers drop one newline right after <textarea>, which Razor writes on purpose.
    private static string TextAreaValue(string content) =>
        WebUtility.HtmlDecode(content.StartsWith("\r\n", StringComparison.Ordinal) ? content[2..]
            : content.StartsWith('\n') ? content[1..] : content);

    private static string? SelectedOption(string content)
    {
        var options = OptionElement().Matches(content)
            .Select(option => Attributes(option.Groups["attributes"].Value)).ToList();
        var selected = options.FirstOrDefault(option => option.ContainsKey("selected")) ?? options.FirstOrDefault();
        return selected?.GetValueOrDefault("value") ?? "";
    }

    private static Dictionary<string, string?> Attributes(string text) =>
        AttributePair().Matches(text).ToDictionary(
            pair => pair.Groups["name"].Value.ToLowerInvariant(),
            pair => pair.Groups["value"].Success ? WebUtility.HtmlDecode(pair.Groups["value"].Value) : null);

    [GeneratedRegex("""<form(?<attributes>[^>]*)>(?<body>.*?)</form>""",
        RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormElement();

    [GeneratedRegex(
        """<(?<tag>input)(?<attributes>[^>]*)>|<(?<tag>textarea|select)(?<attributes>[^>]*)>(?<content>.*?)</\k<tag>>""",
        RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Control();

    [GeneratedRegex("""<option(?<attributes>[^>]*)>""", RegexOptions.IgnoreCase)]
    private static partial Regex OptionElement();

    [GeneratedRegex("""(?<name>[a-zA-Z_:][-\w:.]*)(?:\s*=\s*"(?<value>[^"]*)")?""")]
    private static partial Regex AttributePair();
}
