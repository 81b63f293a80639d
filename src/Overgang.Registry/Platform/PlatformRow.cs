namespace Overgang.Registry.Platform;

/// <summary>One count of the platform report: a measure for one age group and sex (and, for ended registrations, one reason).</summary>
/// <param name="Measure">What is counted.</param>
/// <param name="Reason">For <see cref="PlatformMeasure.Ended"/>: why the registration ended (see <see cref="PlatformReport.Reasons"/>); otherwise empty.</param>
/// <param name="AgeGroup">The age group on the last day of the month, such as <c>18-64</c>.</param>
/// <param name="Sex"><c>F</c>, <c>M</c> or <c>X</c> as registered.</param>
/// <param name="Count">The number of registrations.</param>
public sealed record PlatformRow(PlatformMeasure Measure, string Reason, string AgeGroup, string Sex, int Count);
