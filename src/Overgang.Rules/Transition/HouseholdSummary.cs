namespace Overgang.Rules.Transition;

/// <summary>What the household flags need to know about a household: whether it has an adult or a school-age child, and its paths.</summary>
internal readonly record struct HouseholdSummary(bool HasAdult, bool HasSchoolAgeChild, TransitionPath? FirstPath, bool IsSplit)
{
    public HouseholdSummary WithMember(int age, TransitionSchedule schedule) => this with
    {
        HasAdult = HasAdult || age >= schedule.AgeOfMajority,
        HasSchoolAgeChild = HasSchoolAgeChild || (age >= schedule.SchoolAgeMinimum && age <= schedule.SchoolAgeMaximum),
    };

    public HouseholdSummary WithPath(TransitionPath path) => this with
    {
        FirstPath = FirstPath ?? path,
        IsSplit = IsSplit || (FirstPath is { } first && first != path),
    };
}
