using System.ComponentModel.DataAnnotations;

namespace ChatConsent.Agents;

/// <summary>
/// The first admin account, created at start when no admin exists yet. Section <c>Admin</c>.
/// Outside development there is no default: set <c>Admin__Email</c> and <c>Admin__Password</c>
/// in the environment for the first start, then remove the password.
/// </summary>
public sealed class AdminAccountOptions
{
    public const string Section = "Admin";

    [EmailAddress]
    public string? Email { get; set; }

    /// <summary>At least 10 characters; Identity hashes it, it is never stored as given.</summary>
    [MinLength(10)]
    public string? Password { get; set; }

    [StringLength(AgentDisplayName.MaxLength, MinimumLength = 1)]
    public string DisplayName { get; set; } = "Admin";
}
