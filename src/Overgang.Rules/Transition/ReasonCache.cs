using System.Collections.Immutable;
using Ids = Overgang.Rules.Transition.TransitionRuleIds;
using T = Overgang.Rules.Transition.ReasonTexts;

namespace Overgang.Rules.Transition;

/// <summary>The reasons and tasks that are the same for every person decided on one schedule, built once.</summary>
/// <remarks>Reasons and tasks are immutable values, so sharing one instance between decisions is safe; it keeps the
/// decision of 150,000 persons to a few small allocations each.</remarks>
internal sealed class ReasonCache
{
    public ReasonCache(TransitionSchedule s)
    {
        SingleRegistration = new(Ids.SingleRegistration, s.RefRegistration, T.SingleRegistration, true, []);
        NotTemporary =
        [
            new(Ids.TemporaryResidenceEnded, s.RefTcn, T.NotTemporaryResidence, false, [new("ukrainianResidence", "citizen")]),
            new(Ids.TemporaryResidenceEnded, s.RefTcn, T.NotTemporaryResidence, false, [new("ukrainianResidence", "permanent")]),
        ];
        NoPermit = new(Ids.OtherPermit, s.RefPermit, T.NoPermit, false, []);
        NoCommitment = new(Ids.ReturnCommitment, s.RefReturn, T.NoCommitment, false, []);
        PublicOrder =
        [
            new(Ids.PublicOrder, s.RefDocument, T.PublicOrderPassed, true, [new("publicOrderCheck", "passed")]),
            new(Ids.PublicOrder, s.RefDocument, T.PublicOrderFailed, false, [new("publicOrderCheck", "failed")]),
            new(Ids.PublicOrder, s.RefDocument, T.PublicOrderPending, false, [new("publicOrderCheck", "pending")]),
        ];
        AsylumDocument = Asylum(s.RefDocument);
        AsylumReturn = Asylum(s.RefReturn);
        DocumentTasks =
        [
            new(TaskKind.TakeOutHealthInsurance, "care", ActionOwner.Person, T.TaskInsurance, s.HealthInsuranceDue.Date, s.HealthInsuranceDue.IsProvisional),
            new(TaskKind.EnrolInHealthInsurance, "care", ActionOwner.Insurer, T.TaskEnrol, s.HealthInsuranceDue.Date, s.HealthInsuranceDue.IsProvisional),
            new(TaskKind.AssessHouseholdForSocialAssistance, "income", ActionOwner.Municipality, T.TaskSocialAssistance, s.SocialAssistanceDue.Date, s.SocialAssistanceDue.IsProvisional),
            new(TaskKind.MoveToRegularHousing, "housing", ActionOwner.Municipality, T.TaskHousing, s.HousingDue.Date, s.HousingDue.IsProvisional),
            new(TaskKind.PayStatutoryTuition, "education", ActionOwner.Person, T.TaskTuition, s.TuitionFrom, false),
            new(TaskKind.NoCivicIntegration, "integration", ActionOwner.Municipality, T.TaskNoIntegration, null, false),
        ];
        DocumentTasksBelowStudentAge = [.. DocumentTasks.Where(t => t.Kind != TaskKind.PayStatutoryTuition)];
        DocumentTasksProvisional = DocumentTasks.Any(t => t.IsProvisional);
        LeaveAfterTcnEnd = [new(TaskKind.LeaveTheNetherlands, "departure", ActionOwner.Person, T.TaskLeaveTcn, s.TcnDepartureDue, false)];
    }

    public Reason SingleRegistration { get; }

    /// <summary>By <see cref="UkrainianResidence"/> (citizen, permanent).</summary>
    public ImmutableArray<Reason> NotTemporary { get; }

    public Reason NoPermit { get; }

    public Reason NoCommitment { get; }

    /// <summary>By <see cref="PublicOrderCheck"/>.</summary>
    public ImmutableArray<Reason> PublicOrder { get; }

    /// <summary>By <see cref="AsylumApplication"/>, citing the transition-document conditions.</summary>
    public ImmutableArray<Reason> AsylumDocument { get; }

    /// <summary>By <see cref="AsylumApplication"/>, citing the return-programme conditions.</summary>
    public ImmutableArray<Reason> AsylumReturn { get; }

    /// <summary>The tasks of a transition-document holder of student age (<see cref="TransitionSchedule.TuitionMinimumAge"/> or older).</summary>
    public ImmutableArray<FollowUpTask> DocumentTasks { get; }

    /// <summary>The same without the statutory-tuition task, for a holder younger than the student age.</summary>
    public ImmutableArray<FollowUpTask> DocumentTasksBelowStudentAge { get; }

    public bool DocumentTasksProvisional { get; }

    public ImmutableArray<FollowUpTask> LeaveAfterTcnEnd { get; }

    private static ImmutableArray<Reason> Asylum(string reference) =>
    [
        new(Ids.AsylumWithdrawn, reference, T.AsylumPending, false, [new("asylumApplication", "pending")]),
        new(Ids.AsylumWithdrawn, reference, T.AsylumWithdrawn, true, [new("asylumApplication", "withdrawn")]),
        new(Ids.AsylumWithdrawn, reference, T.AsylumNone, true, [new("asylumApplication", "none")]),
    ];
}
