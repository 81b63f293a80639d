using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.ReturnProgramme;

namespace Overgang.Rules.Transition;

/// <summary>A person's enrolment in the return programme.</summary>
/// <param name="CommitmentSigned">Whether the person signed the return commitment (004:185).</param>
/// <param name="DepartureDate">The agreed departure date, or <c>null</c> while none is agreed (the date is to be agreed).</param>
/// <param name="EnrolledOn">The day of enrolment, or <c>null</c> when not recorded.</param>
/// <param name="Visits">Recorded exploratory visits to Ukraine (002:850-860).</param>
/// <param name="Courses">Reconstruction or skills courses (004:205-212).</param>
/// <param name="Withdrawal">The end of participation before departure, or <c>null</c>.</param>
/// <param name="DepartedOn">The confirmed day of departure, or <c>null</c> while not confirmed.</param>
/// <param name="Package">The components of the return package offered to the person.</param>
public sealed record ReturnCommitment(
    bool CommitmentSigned,
    LocalDate? DepartureDate,
    LocalDate? EnrolledOn = null,
    ImmutableArray<ExploratoryVisit> Visits = default,
    ImmutableArray<ReturnCourse> Courses = default,
    ReturnWithdrawal? Withdrawal = null,
    LocalDate? DepartedOn = null,
    ImmutableArray<PackageComponent> Package = default)
{
    /// <summary>Recorded exploratory visits (never default).</summary>
    public ImmutableArray<ExploratoryVisit> Visits { get; init; } = Visits.IsDefault ? [] : Visits;

    /// <summary>Courses (never default).</summary>
    public ImmutableArray<ReturnCourse> Courses { get; init; } = Courses.IsDefault ? [] : Courses;

    /// <summary>Package components (never default).</summary>
    public ImmutableArray<PackageComponent> Package { get; init; } = Package.IsDefault ? [] : Package;

    /// <summary>Whether participation ended on or before a day.</summary>
    public bool IsWithdrawnOn(LocalDate date) => Withdrawal is { } withdrawal && withdrawal.On <= date;
}
