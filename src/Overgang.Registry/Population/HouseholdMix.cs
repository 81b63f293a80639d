using System.Collections.Immutable;

namespace Overgang.Registry.Population;

/// <summary>
/// The kinds of registered household and how often each occurs: our assumptions, tuned so that the generated
/// population meets the published targets in <see cref="Calibration"/> (40% living alone, 22% children at home, 38%
/// men, 18% under 15, 28% men aged 15-65). No published household mix exists; see <c>docs/population.md</c>.
/// </summary>
internal static class HouseholdMix
{
    /// <summary>Households of each kind per 100 persons, before the arrival-year factor for single men.</summary>
    public static ImmutableArray<(HouseholdKind Kind, double Weight)> Weights { get; } =
    [
        (HouseholdKind.SingleWoman, 22.5),
        (HouseholdKind.SingleMan, 11.0),
        (HouseholdKind.ElderlyAlone, 6.0),
        (HouseholdKind.UnaccompaniedMinor, 0.5),
        (HouseholdKind.Couple, 7.4),
        (HouseholdKind.SingleMother, 7.5),
        (HouseholdKind.SingleFather, 0.5),
        (HouseholdKind.CoupleWithChildren, 4.25),
        (HouseholdKind.ParentsWithAdultChild, 1.5),
        (HouseholdKind.ThreeGenerations, 1.0),
    ];

    /// <summary>
    /// Factor on single men by year of arrival: the share of men rose from 16% (Aug 2022) to 38% (Jan 2024)
    /// (clingendael-2024.md, 000:2310-2314), so later arrivals are more often single men.
    /// </summary>
    public static double SingleMenFactor(int arrivalYear) => arrivalYear switch
    {
        2022 => 0.7,
        2023 => 1.2,
        2024 => 1.5,
        _ => 1.6,
    };

    /// <summary>
    /// Relative number of arrivals per month from March 2022 to October 2025 (assumption: most arrived in spring 2022,
    /// then a steady inflow; BRP grew from 114,000 in March 2024 to 135,010 in November 2025, figures-nl.csv).
    /// </summary>
    public static double ArrivalWeight(int year, int month) => (year, month) switch
    {
        (2022, 3) => 18,
        (2022, 4) => 10,
        (2022, 5) => 6,
        (2022, 6) => 4,
        (2022, _) => 2.5,
        (2023, _) => 1.5,
        (2024, _) => 1.25,
        _ => 1.2,
    };

    /// <summary>Share of women among persons aged 65+ living alone (assumption: women live longer and fled more often).</summary>
    public const double ElderlyWomenShare = 0.75;

    /// <summary>Share of boys among unaccompanied minors (assumption).</summary>
    public const double UnaccompaniedBoysShare = 0.6;

    /// <summary>Share of couples without children aged 55 or over (assumption).</summary>
    public const double OlderCoupleShare = 0.4;

    /// <summary>Chance of a second and of a third child in a family (assumption; about 1.6 children per family).</summary>
    public static (double Second, double Third) MoreChildren { get; } = (0.45, 0.12);

    /// <summary>Share of municipal locations' target size that is small (10-40 places), medium (40-150) and large (150-500); assumption.</summary>
    public static (double Small, double Medium) LocationSizes { get; } = (0.35, 0.45);

    /// <summary>Share of workers with a temp-agency job whose hours vary by month (clingendael-2024.md, 39%, 000:2783-2784).</summary>
    public const double TempAgencyShare = 0.39;

    /// <summary>Share of workers earning at least EUR 15 an hour after 6 and after 24 months (clingendael-2025.md, 001:1668-1670).</summary>
    public static (double After6Months, double After24Months) HourlyWageAtLeast15 { get; } = (0.40, 0.89);

    /// <summary>Statutory minimum hourly wage from 1 July 2025, in cents (EUR 14.40; public figure, not in the shared sources).</summary>
    public const int MinimumHourlyWageCents = 1_440;

    /// <summary>Full-time share among working men and women (clingendael-2024.md, 64% and 47%, 000:2785-2786).</summary>
    public static (double Men, double Women) FullTimeShare { get; } = (0.64, 0.47);

    /// <summary>Member states of second registrations and their relative frequency (assumption: neighbours with many displaced persons).</summary>
    public static ImmutableArray<(string State, double Weight)> SecondStates { get; } = [("PL", 45), ("DE", 25), ("CZ", 15), ("BE", 8), ("IE", 7)];

    /// <summary>Kinds of other permits and their relative frequency (assumption).</summary>
    public static ImmutableArray<(string Kind, double Weight)> PermitKinds { get; } = [("work", 60), ("study", 20), ("family", 15), ("research", 5)];
}
