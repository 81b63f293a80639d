namespace Overgang.Web.Persons;

/// <summary>The return commitment, as the <c>return-commitment</c> row of <c>checks.csv</c> gives it.</summary>
/// <param name="Commitment"><c>signed</c> or <c>unsigned</c>.</param>
/// <param name="DepartureDate">ISO date of the agreed departure, or left out while it is to be agreed.</param>
public sealed record ReturnCommitmentUpdate(string? Commitment, string? DepartureDate);
