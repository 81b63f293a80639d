using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>What the rules make of a transitional stay: granted until a day, or refused with a reason (an expected outcome).</summary>
/// <param name="Kind">The kind of stay decided.</param>
/// <param name="Granted">Whether the stay holds (its ground is met and it ends on or after its first day).</param>
/// <param name="Until">For a granted stay, its last day after the rules' maximum (inclusive); otherwise the requested end.</param>
/// <param name="ReviewDue">For a granted stay, the day the IND's follow-up before expiry is due.</param>
/// <param name="Why">The explanation as a reason item (rule id, reference, text, facts).</param>
public sealed record StayAssessment(StayKind Kind, bool Granted, LocalDate Until, LocalDate? ReviewDue, Reason Why)
{
    /// <summary>The first day on which the path's consequences apply: the day after a granted stay ends.</summary>
    public LocalDate ConsequencesFrom => Until.PlusDays(1);
}
