using NodaTime;

namespace Overgang.Linkage.Synthetic;

/// <summary>A registered person as the benchmark takes it from a generated population: names in both scripts where known.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="FamilyName">Family name in Latin script.</param>
/// <param name="GivenName">Given names in Latin script.</param>
/// <param name="FamilyNameCyrillic">Family name in Cyrillic, where known.</param>
/// <param name="GivenNameCyrillic">Given names in Cyrillic, where known.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex">Sex.</param>
/// <param name="Nationality">Nationality.</param>
public sealed record SyntheticSource(string Id, string FamilyName, string GivenName, string? FamilyNameCyrillic, string? GivenNameCyrillic, LocalDate BirthDate, string Sex, string Nationality);
