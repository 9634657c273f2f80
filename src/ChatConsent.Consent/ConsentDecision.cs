namespace ChatConsent.Consent;

/// <summary>What one consent source concluded about the chat for one request.</summary>
public enum ConsentOutcome
{
    /// <summary>The source holds no usable answer: absent, unreadable, forged or not yet chosen.</summary>
    Undecided,

    /// <summary>The visitor allowed the chat's functional cookies through this source.</summary>
    Granted,

    /// <summary>The visitor refused them through this source.</summary>
    Denied,
}

/// <summary>
/// What a decision rests on, kept with every consent record as proof. Never holds the raw value:
/// <see cref="Digest"/> is a SHA-256 of it, so a record can later be matched to its evidence.
/// </summary>
/// <param name="Source">A stable source name such as <c>notice</c>, <c>cookiebot</c> or <c>tcf</c>.</param>
/// <param name="Scopes">The categories, purposes, services or vendor ids the decision was read from.</param>
/// <param name="PlatformConsentId">The platform's own consent id, where it writes one.</param>
/// <param name="PlatformTimestamp">When the platform says the choice was made, where it says so.</param>
/// <param name="Digest">Hex SHA-256 of the evidence as received.</param>
public sealed record ConsentEvidence(
    string Source,
    IReadOnlyList<string> Scopes,
    string? PlatformConsentId,
    DateTimeOffset? PlatformTimestamp,
    string Digest);

/// <summary>One source's answer, with the evidence for it or the reason it could not answer.</summary>
public sealed record ConsentDecision(ConsentOutcome Outcome, ConsentEvidence? Evidence, string? RejectionReason)
{
    public static ConsentDecision Undecided(string reason) => new(ConsentOutcome.Undecided, null, reason);

    public static ConsentDecision Granted(ConsentEvidence evidence) => new(ConsentOutcome.Granted, evidence, null);

    public static ConsentDecision Denied(ConsentEvidence evidence) => new(ConsentOutcome.Denied, evidence, null);
}
