using System.ComponentModel.DataAnnotations;

namespace ChatConsent.Admin;

/// <summary>
/// What a new site needs before its settings can be edited: the key the script tag names, and a
/// name.
/// </summary>
public sealed class NewSiteForm
{
    [Required(ErrorMessage = "The key is required.")]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,63}$",
        ErrorMessage = "The key is 1 to 64 lower-case letters, digits and dashes, such as my-shop.")]
    [Display(Name = "Key")]
    public string Key { get; set; } = "";

    [Required(ErrorMessage = "The name is required."), StringLength(200)]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";
}
