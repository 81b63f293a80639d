namespace Overgang.Web.Persons;

/// <summary>Another residence permit, as the <c>other-permit</c> row of <c>checks.csv</c> gives it.</summary>
/// <param name="Kind"><c>work</c>, <c>study</c>, <c>family</c> or <c>research</c>.</param>
/// <param name="ValidUntil">ISO date of the last day of validity.</param>
/// <param name="Remove">Remove the recorded permit (a mistaken entry); the other fields are then left out.</param>
public sealed record OtherPermitUpdate(string? Kind, string? ValidUntil, bool? Remove = null);
