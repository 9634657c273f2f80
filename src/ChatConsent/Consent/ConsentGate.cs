namespace ChatConsent.Consent;

/// <summary>Asks every registered <see cref="IConsentSource"/> in order until one decides.</summary>
public sealed partial class ConsentGate(IEnumerable<IConsentSource> sources, ILogger<ConsentGate> logger)
{
    public async Task<ConsentDecision> EvaluateAsync(ConsentRequest request, CancellationToken cancellationToken)
    {
        var last = ConsentDecision.Undecided("no consent source is configured");
        foreach (var source in sources)
        {
            var decision = await source.EvaluateAsync(request, cancellationToken);
            if (decision.Outcome != ConsentOutcome.Undecided)
            {
                return decision;
            }

            if (decision.RejectionReason is { } reason)
            {
                LogUndecided(logger, source.GetType().Name, request.Site.Id, reason);
                last = decision;
            }
        }

        return last;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Consent source {Source} did not decide for site {SiteId}: {Reason}")]
    private static partial void LogUndecided(ILogger logger, string source, Guid siteId, string reason);
}
