namespace Overgang.Web.Locations;

/// <summary>An absence of a resident of a location in the month of the date.</summary>
/// <param name="PersonId">The person, or <c>null</c> when the caller may not see who it is.</param>
/// <param name="Name">The person's name, or <c>null</c> when the caller may not see it.</param>
/// <param name="From">First day away (ISO).</param>
/// <param name="To">Last day away (ISO).</param>
/// <param name="Days">Consecutive days away.</param>
/// <param name="Reported">Reported in advance.</param>
/// <param name="OverMaximum">Longer than the maximum: the place and the allowance end (28-day rule).</param>
public sealed record LocationAbsence(string? PersonId, string? Name, string From, string To, int Days, bool Reported, bool OverMaximum)
{
    /// <summary>The name in Cyrillic where the registry holds it, for the Ukrainian page (not part of the API, which keeps the name as registered).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? NameCyrillic { get; init; }
}
