namespace Overgang.Linkage.Records;

/// <summary>A registration as linkage compares it, in the clear; any field may be missing.</summary>
/// <param name="Id">The record's key in its own register (a person id, or another member state's registration number).</param>
/// <param name="FamilyName">Family name in any script or transliteration.</param>
/// <param name="GivenName">Given names in any script or transliteration.</param>
/// <param name="BirthDate">Date of birth, or the year only.</param>
/// <param name="Sex"><c>F</c>, <c>M</c> or <c>X</c>.</param>
/// <param name="Nationality">ISO 3166 alpha-2 nationality.</param>
/// <param name="DocumentNumber">A passport or identity-card number.</param>
public sealed record LinkRecord(string Id, string? FamilyName, string? GivenName, LinkDate? BirthDate, string? Sex, string? Nationality, string? DocumentNumber);
