using NodaTime;
using Overgang.Rules.Parameters;
using Overgang.Rules.Provisions;

namespace Overgang.Rules.Allowance;

/// <summary>The allowance and contribution parameters in force on one date, read once and shared by every household.</summary>
/// <remarks>Reading a schedule does not fail: a parameter that is unknown on the date is only an error for a household that needs it.</remarks>
public sealed class AllowanceSchedule
{
    internal const string IncomeRegimeStop = "stop-household-supplement-to-total";
    internal const string IncomeRegimePercentage = "withdraw-from-percentage";
    internal const string ContributionNone = "none";
    internal const string ContributionPerAdult = "per-adult-above-income-floor";
    internal const string ContributionThreshold = "household-threshold";

    private AllowanceSchedule(ParameterTree tree, LocalDate date)
    {
        Date = date;
        ParameterVersion = tree.Version;
        ResolvedParameter Read(string id) => new(tree, id, date);
        AgeOfMajority = Read("household.age-of-majority");
        FoodAlone = Read("allowance.food.alone");
        Food = [
            [Read("allowance.food.size-2.adult"), Read("allowance.food.size-2.minor")],
            [Read("allowance.food.size-3.adult"), Read("allowance.food.size-3.minor")],
            [Read("allowance.food.size-4-or-more.adult"), Read("allowance.food.size-4-or-more.minor")],
        ];
        Clothing = Read("allowance.clothing");
        PrivateAdult = Read("allowance.private-reception.adult");
        PrivateMinor = Read("allowance.private-reception.minor");
        IncomeRegime = Read("allowance.income-test.regime");
        WithdrawalPercentage = Read("allowance.income-test.withdrawal-percentage");
        ContributionRegime = Read("contribution.regime");
        Operating = Read("contribution.operating");
        Catering = Read("contribution.catering");
        MaximumAdults = Read("contribution.household-maximum-adults");
        IncomeFloor = Read("contribution.income-floor");
        ThresholdPercentage = Read("contribution.threshold-percentage");
        Provisions = new ProvisionSchedule(tree, date);
    }

    /// <summary>The date the schedule was read for.</summary>
    public LocalDate Date { get; }

    /// <summary>The version of the parameter tree it was read from.</summary>
    public string ParameterVersion { get; }

    internal ResolvedParameter AgeOfMajority { get; }

    internal ResolvedParameter FoodAlone { get; }

    /// <summary>Food rates by size band (2, 3, 4 or more) and then adult (0) or minor (1).</summary>
    internal ResolvedParameter[][] Food { get; }

    internal ResolvedParameter Clothing { get; }

    internal ResolvedParameter PrivateAdult { get; }

    internal ResolvedParameter PrivateMinor { get; }

    internal ResolvedParameter IncomeRegime { get; }

    internal ResolvedParameter WithdrawalPercentage { get; }

    internal ResolvedParameter ContributionRegime { get; }

    internal ResolvedParameter Operating { get; }

    internal ResolvedParameter Catering { get; }

    internal ResolvedParameter MaximumAdults { get; }

    internal ResolvedParameter IncomeFloor { get; }

    internal ResolvedParameter ThresholdPercentage { get; }

    /// <summary>The parameters of what follows after protection ends.</summary>
    internal ProvisionSchedule Provisions { get; }

    /// <summary>True when temporary protection has ended on the schedule's date: from then on, what a household gets depends on its members' paths.</summary>
    public bool ProtectionEnded => Provisions.ProtectionEnded(Date);

    /// <summary>Reads the schedule for a date.</summary>
    public static AllowanceSchedule For(ParameterTree tree, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new AllowanceSchedule(tree, date);
    }

    /// <summary>
    /// True when <paramref name="other"/> resolved the same value (or the same missing value) for every parameter the
    /// calculation reads: the calculation then gives the same answer for the same facts, whichever tree the schedules
    /// came from. A simulation uses this to skip months that a reform does not touch.
    /// </summary>
    public bool HasSameValues(AllowanceSchedule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Date == other.Date && All().Zip(other.All()).All(p => Equals(p.First.Value, p.Second.Value) && Equals(p.First.Missing, p.Second.Missing));
    }

    /// <summary>The age of majority on the date, or why it is missing.</summary>
    public bool TryGetAgeOfMajority(out int years, out MissingParameter? missing)
    {
        missing = AgeOfMajority.Missing;
        years = missing is null ? (int)AgeOfMajority.Number : 0;
        return missing is null;
    }

    private IEnumerable<ResolvedParameter> All() =>
        [AgeOfMajority, FoodAlone, .. Food.SelectMany(f => f), Clothing, PrivateAdult, PrivateMinor, IncomeRegime, WithdrawalPercentage,
            ContributionRegime, Operating, Catering, MaximumAdults, IncomeFloor, ThresholdPercentage, .. Provisions.All()];

    internal ResolvedParameter FoodRate(int size, bool adult) =>
        size == 1 ? FoodAlone : Food[Math.Min(size, 4) - 2][adult ? 0 : 1];
}
