namespace Overgang.Rules.Transition;

/// <summary>What the household flags need to know about a household: whether it has an adult or a school-age child, and its paths.</summary>
internal readonly record struct HouseholdSummary(bool HasAdult, bool HasSchoolAgeChild, TransitionPath? FirstPath, bool IsSplit)
{
    public HouseholdSummary With(TransitionPath path, int age, TransitionSchedule schedule) => new(
        HasAdult || age >= schedule.AgeOfMajority,
        HasSchoolAgeChild || (age >= schedule.SchoolAgeMinimum && age <= schedule.SchoolAgeMaximum),
        FirstPath ?? path,
        IsSplit || (FirstPath is { } first && first != path));
}
