using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.Provisions;

/// <summary>What holds for one person after protection ends, before the household's hand-over is known.</summary>
/// <param name="Provision">Allowance or ended; for a transition-document holder, decided with the household's hand-over.</param>
/// <param name="HandOver">For a transition-document holder, the first day of social assistance that the person's cohort (or the municipality) gives.</param>
/// <param name="Why">The explanation item for the person.</param>
internal sealed record PersonProvision(Provision Provision, LocalDate? HandOver, ExplanationItem Why)
{
    /// <summary>The provisional parameters the decision for this person used.</summary>
    public ImmutableArray<string> Provisional { get; init; } = [];

    public bool HoldsDocument => HandOver is not null;
}
