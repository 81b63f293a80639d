using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>A return commitment: signed or not, and the agreed departure date.</summary>
/// <param name="Commitment"><c>signed</c> or <c>unsigned</c>.</param>
/// <param name="DepartureDate">The agreed departure date, or <c>null</c> while it is to be agreed.</param>
public sealed record ReturnCommitmentView(string Commitment, LocalDate? DepartureDate);
