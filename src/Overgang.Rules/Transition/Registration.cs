using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>Temporary protection in one member state since a date.</summary>
/// <param name="MemberState">ISO 3166-1 alpha-2 code of the member state, such as <c>NL</c> or <c>DE</c>.</param>
/// <param name="Since">First day of protection there.</param>
public sealed record Registration(string MemberState, LocalDate Since);
