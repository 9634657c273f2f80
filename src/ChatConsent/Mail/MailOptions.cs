using System.ComponentModel.DataAnnotations;

namespace ChatConsent.Mail;

/// <summary>How the SMTP connection is secured.</summary>
public enum MailSecurity
{
    /// <summary>Plain SMTP; only for a development server such as Mailpit.</summary>
    None,

    /// <summary>Upgrade with STARTTLS, and refuse a server that does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on connect for port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,
}

/// <summary>The mail settings, section <c>Mail</c>, validated at start.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    /// <summary>The SMTP server's host name. Default <c>localhost</c>.</summary>
    [Required]
    public string Host { get; set; } = "localhost";

    /// <summary>The SMTP port; default 25 (development: 1025, Mailpit's).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>TLS mode; default <see cref="MailSecurity.Auto"/>.</summary>
    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>User name for SMTP authentication; none: no authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Password for SMTP authentication; from the environment or user secrets.</summary>
    public string? Password { get; set; }

    /// <summary>The sender's address, such as <c>chat@shop.example</c>.</summary>
    [Required, EmailAddress]
    public string FromAddress { get; set; } = "chat@localhost";

    /// <summary>The sender's display name; the site's name is added to it in each mail.</summary>
    [StringLength(100)]
    public string FromName { get; set; } = "Chat";

    /// <summary>Attempts before the outbox gives a mail up. Default 8.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Seconds before the first retry; each further retry waits twice as long, at most an hour.</summary>
    [Range(1, 3600)]
    public int RetryDelaySeconds { get; set; } = 30;

    /// <summary>Seconds after an agent's reply to an absent visitor before the digest goes out. Default 120.</summary>
    [Range(0, 86400)]
    public int DigestDelaySeconds { get; set; } = 120;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Mail:Password is required when Mail:UserName is set.",
                [nameof(Password)]);
        }
    }
}
