using ChatConsent.Sites;
using ChatConsent.Visitors;

namespace ChatConsent.Consent;

/// <summary>What a consent source may look at to decide one request.</summary>
public sealed record ConsentRequest(HttpContext HttpContext, Site Site, VisitorSession Session);

/// <summary>
/// One place a visitor's consent can come from: the chat's own notice, or a consent platform.
/// Sources are asked in registration order; the first that decides (granted or denied) wins.
/// </summary>
public interface IConsentSource
{
    /// <summary>A source that has nothing to say for this site, e.g. a platform on a notice-only site.</summary>
    static readonly ConsentDecision NotApplicable = new(ConsentOutcome.Undecided, null, null);

    Task<ConsentDecision> EvaluateAsync(ConsentRequest request, CancellationToken cancellationToken);
}
