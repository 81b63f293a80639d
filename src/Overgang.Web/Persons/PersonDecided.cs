using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>A person decided again: the decisions run whose decision was replaced, its date, and the new path and status.</summary>
/// <param name="Id">The person.</param>
/// <param name="Run">The number of the decisions run (as users are shown it).</param>
/// <param name="Date">The decision date (the run's).</param>
/// <param name="Path">The path, or <c>null</c> for a person without a protection registration (no decision).</param>
/// <param name="Status"><c>decided</c> or <c>pending</c>, or <c>null</c> without a decision.</param>
public sealed record PersonDecided(string Id, int Run, LocalDate Date, string? Path, string? Status);
