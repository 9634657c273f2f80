using System.ComponentModel.DataAnnotations;
using ChatConsent.Agents;

namespace ChatConsent.Admin;

/// <summary>Who an admin invites: the address they sign in with, the name visitors see, the role.</summary>
public sealed class InviteAgentForm : IValidatableObject
{
    [Display(Name = "E-mail")]
    [Required(ErrorMessage = "The e-mail address is required.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [StringLength(256, ErrorMessage = "An e-mail address has at most 256 characters.")]
    public string Email { get; set; } = "";

    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Role")]
    public string Role { get; set; } = AgentRoles.Agent;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AgentDisplayName.Normalize(DisplayName) is null)
        {
            yield return new ValidationResult(AgentDisplayName.Rule, [nameof(DisplayName)]);
        }

        if (Role is not (AgentRoles.Agent or AgentRoles.Admin))
        {
            yield return new ValidationResult("The role is agent or admin.", [nameof(Role)]);
        }
    }
}
