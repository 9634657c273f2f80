using ChatConsent.Data;
using ChatConsent.Sites;
using Microsoft.EntityFrameworkCore;

namespace ChatConsent.Consent;

/// <summary>
/// The site's consent platform, read from its cookie in the request or from what the widget
/// forwarded of it, with the same parsers either way.
/// </summary>
internal sealed class PlatformConsentSource(ChatDbContext db, ILogger<PlatformConsentSource> logger)
    : IConsentSource
{
    public async Task<ConsentDecision> EvaluateAsync(ConsentRequest request, CancellationToken cancellationToken)
    {
        var decision = Read(request.Site, request.HttpContext);
        if (decision.Outcome != ConsentOutcome.Denied || request.Site.Consent.Mode != ConsentMode.PlatformOrNotice)
        {
            return decision;
        }

        // A visitor may decline in the banner and still accept the chat's own notice afterwards:
        // that later, specific consent is what the identity rests on, so the notice decides.
        var basis = await db.ConsentRecords.SourceOfAsync(request.Session.ConsentRecordId, cancellationToken);
        return basis == NoticeConsentSource.Name
            ? ConsentDecision.Undecided("the platform declines, but the identity rests on the chat's notice")
            : decision;
    }

    /// <summary>What the platform says for this request, whoever asks.</summary>
    public ConsentDecision Read(Site site, HttpContext context)
    {
        if (!site.Consent.UsesPlatform)
        {
            return IConsentSource.NotApplicable;
        }

        var signals = RequestConsentSignals.Of(context, logger);
        return ConsentReader.Read(site.Consent.Platform!.Value, site.Consent.Mapping(), signals);
    }
}
