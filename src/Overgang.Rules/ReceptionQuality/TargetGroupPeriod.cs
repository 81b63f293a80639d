using NodaTime;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>A period in which a location is set up for a target group.</summary>
/// <param name="Group">The group.</param>
/// <param name="From">First day.</param>
/// <param name="Until">Last day, or <c>null</c> while it lasts.</param>
public sealed record TargetGroupPeriod(TargetGroup Group, LocalDate From, LocalDate? Until)
{
    /// <summary>Whether the period covers a day.</summary>
    public bool Covers(LocalDate day) => From <= day && (Until is null || day <= Until);
}
