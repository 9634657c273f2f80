using ChatConsent.Widget;

namespace ChatConsent.Returning;

/// <summary>"Continue a previous conversation": an address, or an earlier link of the visitor's.</summary>
public sealed record LinkRequest(string? Email, string? Token);

/// <summary>The one answer to every well-formed link request, whether or not the address is known.</summary>
/// <param name="LinkLifetimeMinutes">How long a link mailed now would be valid, for the widget to say.</param>
public sealed record LinkRequestAnswer(bool Accepted, int LinkLifetimeMinutes);

/// <summary>
/// The button press on the continue page: the link's token and the same consent decision the
/// widget posts to <c>/consent</c>, checked the same way.
/// </summary>
public sealed record ContinueRequest(
    string? Token,
    string? NoticeVersion,
    string? Language,
    ConsentSourceKind Source = ConsentSourceKind.Notice,
    ConsentChoice Decision = ConsentChoice.Granted)
{
    public WidgetConsentRequest AsConsent() => new(NoticeVersion, Language, Source, Decision);
}

/// <summary>A new identity for the linked visitor, exactly like a consent's, and what the link did.</summary>
public sealed record ContinueResponse(Guid VisitorId, string Token, Guid ConsentRecordId, IdentityCookie Cookie,
    bool AddressConfirmed);

/// <summary>The visitor leaves an address for replies by e-mail and for continuing later.</summary>
public sealed record LeaveEmailRequest(string? Email);

/// <summary>The address waits for its confirmation; the link is on its way.</summary>
public sealed record LeaveEmailAnswer(string PendingEmail, int LinkLifetimeMinutes);
