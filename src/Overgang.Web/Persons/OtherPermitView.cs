using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>Another residence permit: its ground and last day of validity.</summary>
/// <param name="Kind"><c>work</c>, <c>study</c>, <c>family</c> or <c>research</c>.</param>
/// <param name="ValidUntil">The last day of validity.</param>
public sealed record OtherPermitView(string Kind, LocalDate ValidUntil);
