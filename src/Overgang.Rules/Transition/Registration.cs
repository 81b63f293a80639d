using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>Temporary protection in one member state since a date.</summary>
/// <param name="MemberState">ISO 3166-1 alpha-2 code of the member state, such as <c>NL</c> or <c>DE</c>.</param>
/// <param name="Since">First day of protection there.</param>
public sealed record Registration(string MemberState, LocalDate Since)
{
    /// <summary>The last day of protection there, or <c>null</c> while it lasts (issue 17: the registry's end date).</summary>
    public LocalDate? Until { get; init; }

    /// <summary>
    /// Whether the person still holds this protection on <paramref name="date"/>: a registration that ended before it is
    /// no longer protection the person "enjoys" there, so it is no double registration (002:210-218).
    /// </summary>
    public bool ActiveOn(LocalDate date) => Until is not { } until || until >= date;
}
