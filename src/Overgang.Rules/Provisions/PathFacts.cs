using NodaTime;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Provisions;

/// <summary>What the rules need to know of a person's transition path to say what follows after protection ends.</summary>
/// <param name="Path">The person's path, as the transition decision gives it.</param>
/// <param name="DepartureDate">The agreed departure date of a return-programme participant, or <c>null</c>.</param>
/// <param name="ProtectionSince">The day temporary protection in the Netherlands started, when known (it places the household in a hand-over cohort).</param>
/// <param name="HandOverDate">The first day of social assistance the municipality scheduled for the household, when it did; otherwise the provisional cohort schedule applies.</param>
/// <param name="ReturnWithdrawnOn">The day a return-programme participant withdrew from the programme, or <c>null</c>.</param>
/// <param name="TransitionalStayUntil">The last day of a granted transitional stay (002:906-934), or <c>null</c>: until then the provisions continue as before protection ended.</param>
public sealed record PathFacts(
    TransitionPath Path,
    LocalDate? DepartureDate = null,
    LocalDate? ProtectionSince = null,
    LocalDate? HandOverDate = null,
    LocalDate? ReturnWithdrawnOn = null,
    LocalDate? TransitionalStayUntil = null);
