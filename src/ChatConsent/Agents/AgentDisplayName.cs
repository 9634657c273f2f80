namespace ChatConsent.Agents;

/// <summary>The rule for the name visitors see on an agent's replies.</summary>
public static class AgentDisplayName
{
    public const int MaxLength = 60;

    public const string Rule = "A display name has 1 to 60 characters on one line.";

    /// <summary>The trimmed name, or null when it breaks <see cref="Rule"/>.</summary>
    public static string? Normalize(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || trimmed.Any(char.IsControl))
        {
            return null;
        }

        return trimmed;
    }
}
