using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Rules.Countries;

/// <summary>A national post-protection option of one member state for one person on one date, with what is not known.</summary>
/// <param name="MemberState">The member state (ISO 3166-1 alpha-2).</param>
/// <param name="OptionId">The option's id, or <c>null</c> when the member state has no country package.</param>
/// <param name="Status">What the status is, or <c>null</c> when unknown.</param>
/// <param name="MaxDuration">The longest validity, or <c>null</c> when the package sets none or it is unknown.</param>
/// <param name="AvailableFrom">The first day the option is available, or <c>null</c>.</param>
/// <param name="Conditions">The conditions, with their values filled in where known.</param>
/// <param name="Reference">The sources, with the parameters used and their dates.</param>
/// <param name="Provisional">Whether a provisional value was used.</param>
/// <param name="Missing">What is unknown, naming the parameter or the package: empty when the option is known.</param>
public sealed record NationalOption(
    string MemberState,
    string? OptionId,
    string? Status,
    Period? MaxDuration,
    LocalDate? AvailableFrom,
    ImmutableArray<string> Conditions,
    string Reference,
    bool Provisional,
    ImmutableArray<string> Missing)
{
    /// <summary>True when everything about the option is known on the date.</summary>
    public bool Known => Missing.IsEmpty;
}
