using System.Collections.Immutable;

namespace Overgang.Web.Persons;

/// <summary>A change of a person's facts; fields left out (or <c>null</c>) stay as they are.</summary>
/// <param name="MedicalTreatment">Undergoing medical treatment.</param>
/// <param name="AsylumApplication"><c>pending</c>, <c>withdrawn</c> or <c>none</c>.</param>
/// <param name="AsylumWithdrawnOn">ISO date the application was withdrawn (only with <c>withdrawn</c>).</param>
/// <param name="PublicOrderCheck"><c>passed</c>, <c>failed</c> or <c>pending</c>.</param>
/// <param name="Incomes">Income per month to set.</param>
/// <param name="Placement">A move to another place from a date (the current placement ends the day before).</param>
public sealed record FactsUpdate(bool? MedicalTreatment, string? AsylumApplication, string? AsylumWithdrawnOn, string? PublicOrderCheck, ImmutableArray<IncomeChange>? Incomes, PlacementMove? Placement = null);
