using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using Overgang.Rules.Parameters;
using Ids = Overgang.Rules.Transition.TransitionRuleIds;
using T = Overgang.Rules.Transition.ReasonTexts;

namespace Overgang.Rules.Transition;

/// <summary>Decides the transition path of each person when temporary protection ends (docs/adr/0003).</summary>
/// <remarks>
/// <para>A pure function of the facts, the parameters in force on the decision date and the decision date itself
/// (held by the <see cref="TransitionSchedule"/>). Paths are tried in the documented order and the first that applies
/// wins. Every rule evaluated on the way is a <see cref="Reason"/> with the facts it used.</para>
/// <para>Until protection ends, a missing fact or outstanding act gives <see cref="DecisionStatus.Pending"/> with an
/// action per missing item, due on the last day of protection. A decision is never <c>decided</c> while a fact its path
/// needs is missing. From the day after protection ends, an asylum application that was not withdrawn continues as
/// the asylum procedure.</para>
/// <para>Household flags (school-age child, unaccompanied minor, split household) need the other members, so they
/// are added by <see cref="DecideAll(IReadOnlyList{TransitionFacts}, TransitionSchedule)"/>; <see cref="Decide(TransitionFacts, TransitionSchedule)"/> gives the flags of the person alone.</para>
/// </remarks>
public static class TransitionDecider
{
    /// <summary>Decides every person; adds the household flags. A parameter unknown on the date decides nobody.</summary>
    public static TransitionOutcome DecideAll(IReadOnlyList<TransitionFacts> persons, ParameterTree parameters, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(persons);
        return TransitionSchedule.TryFor(parameters, date, out var schedule, out var missing)
            ? new TransitionOutcome.Decided(DecideAll(persons, schedule))
            : new TransitionOutcome.ParameterMissing(missing);
    }

    /// <summary>Decides every person on a schedule and adds the household flags.</summary>
    public static ImmutableArray<TransitionDecision> DecideAll(IReadOnlyList<TransitionFacts> persons, TransitionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(schedule);
        var decisions = new TransitionDecision[persons.Count];
        var households = new Dictionary<string, HouseholdSummary>(StringComparer.Ordinal);
        var ages = new int[persons.Count];

        // Who is in each household: adults and school-age children, before anyone is decided.
        for (var i = 0; i < persons.Count; i++)
        {
            ages[i] = AgeOn(persons[i].BirthDate, schedule.Date);
            if (persons[i].HouseholdId is { } householdId)
            {
                ref var summary = ref CollectionsMarshal.GetValueRefOrAddDefault(households, householdId, out _);
                summary = summary.WithMember(ages[i], schedule);
            }
        }

        // Each person, with the household flags known so far.
        for (var i = 0; i < persons.Count; i++)
        {
            var person = persons[i];
            ref var summary = ref person.HouseholdId is { } householdId
                ? ref CollectionsMarshal.GetValueRefOrNullRef(households, householdId)
                : ref Unsafe.NullRef<HouseholdSummary>();
            var alone = default(HouseholdSummary).WithMember(ages[i], schedule);
            var members = Unsafe.IsNullRef(ref summary) ? alone : summary;
            var extra = members.HasSchoolAgeChild ? ReviewFlags.SchoolAgeChild : ReviewFlags.None;
            extra |= ages[i] < schedule.AgeOfMajority && !members.HasAdult ? ReviewFlags.UnaccompaniedMinor : ReviewFlags.None;
            decisions[i] = DecideWith(person, schedule, extra);
            if (!Unsafe.IsNullRef(ref summary))
            {
                summary = summary.WithPath(decisions[i].Path);
            }
        }

        // Split households: members on different paths.
        for (var i = 0; i < persons.Count; i++)
        {
            if (persons[i].HouseholdId is { } householdId && households[householdId].IsSplit)
            {
                decisions[i] = decisions[i] with { Flags = decisions[i].Flags | ReviewFlags.SplitHousehold };
            }
        }

        // Transitional stays: assessed on the person's and household's flags, then they defer the path's consequences.
        for (var i = 0; i < persons.Count; i++)
        {
            if (persons[i].TransitionalStay is { } stay)
            {
                decisions[i] = TransitionalStayRules.Apply(decisions[i], TransitionalStayRules.Assess(stay, decisions[i].Flags, schedule));
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(decisions);
    }

    /// <summary>Decides one person on their own facts (without the household flags).</summary>
    public static TransitionDecision Decide(TransitionFacts person, TransitionSchedule schedule)
    {
        var decision = DecideWith(person, schedule, ReviewFlags.None);
        return person.TransitionalStay is { } stay
            ? TransitionalStayRules.Apply(decision, TransitionalStayRules.Assess(stay, decision.Flags, schedule))
            : decision;
    }

    private static TransitionDecision DecideWith(TransitionFacts person, TransitionSchedule schedule, ReviewFlags householdFlags)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(schedule);
        var s = schedule;
        var reasons = default(ReasonList);
        var cache = s.Cache;
        var flags = householdFlags | (person.MedicalTreatment ? ReviewFlags.MedicalTreatment : ReviewFlags.None);

        // 1. Not entitled in the Netherlands.
        var inNl = person.Protection.MemberState == NetherlandsCode;
        var since = TransitionSchedule.Iso(person.Protection.Since);
        reasons.Add(new(Ids.ProtectionInNetherlands, s.RefRegistration, inNl ? T.ProtectionInNl : T.ProtectionElsewhere, inNl,
            [new("protection.memberState", person.Protection.MemberState), new("protection.since", since)]));
        // Only a registration elsewhere that still lasts on the decision date conflicts: an ended one is protection the
        // person no longer enjoys there (002:210-218, "reeds tijdelijke beschermingsrechten genieten").
        var elsewhere = ActiveElsewhere(person.OtherProtection, s.Date);
        var single = elsewhere.IsEmpty;
        reasons.Add(single
            ? cache.SingleRegistration
            : new(Ids.SingleRegistration, s.RefRegistration, T.MultipleRegistration, false, [new("otherProtection", OtherProtectionText(elsewhere))]));
        if (!single)
        {
            flags |= ReviewFlags.MultipleRegistration;
        }

        if (!inNl || !single)
        {
            return Decided(person, TransitionPath.NotEntitled, in reasons, flags);
        }

        // 2. Protection already ended (third-country nationals with only temporary Ukrainian residence).
        switch (TemporaryResidence(person, s, out var tcnReason))
        {
            case Tcn.Ended:
                reasons.Add(tcnReason);
                return Decided(person, TransitionPath.ProtectionEnded, in reasons, flags, cache.LeaveAfterTcnEnd);
            case Tcn.Unknown:
                reasons.Add(tcnReason);
                return Pending(person, TransitionPath.ProtectionEnded, in reasons, flags,
                    [new(ActionKind.EstablishAsylumPendingOnTcnEnd, ActionOwner.Ind, T.ActionEstablishTcn, s.ProtectionLastDay)]);
            default:
                reasons.Add(tcnReason);
                break;
        }

        // 3. Other residence status.
        switch (person.Permit)
        {
            case null:
                reasons.Add(cache.NoPermit);
                break;
            case { ValidUntil: { } until }:
                var valid = until > s.ProtectionLastDay;
                reasons.Add(new(Ids.OtherPermit, s.RefPermit, valid ? T.PermitValid : T.PermitEndsEarly, valid, PermitFacts(person.Permit, s)));
                if (valid)
                {
                    return Decided(person, TransitionPath.OtherStatus, in reasons, flags);
                }

                break;
            default:
                reasons.Add(new(Ids.OtherPermit, s.RefPermit, s.ProtectionHasEnded ? T.PermitNotGranted : T.PermitApplied, false, PermitFacts(person.Permit, s)));
                if (!s.ProtectionHasEnded)
                {
                    return Pending(person, TransitionPath.OtherStatus, in reasons, flags,
                        [new(ActionKind.DecidePermitApplication, ActionOwner.Ind, T.ActionPermit, s.ProtectionLastDay)]);
                }

                break;
        }

        // 4. Return programme.
        var asylumOpen = person.Asylum == AsylumApplication.Pending;
        if (person.Return is not { } enrolment)
        {
            reasons.Add(cache.NoCommitment);
        }
        else if (enrolment.Withdrawal is { } withdrawal && enrolment.IsWithdrawnOn(s.Date))
        {
            // Withdrawn: decided again as if not enrolled (004:238-241); the person falls back on the path the other facts give.
            reasons.Add(new(Ids.ReturnCommitment, s.RefReturn, T.ReturnWithdrawn, false,
                [new("returnProgramme.withdrawnOn", TransitionSchedule.Iso(withdrawal.On))]));
        }
        else
        {
            if (s.ReceptionIsProvisional)
            {
                flags |= ReviewFlags.ProvisionalParameter;
            }

            reasons.Add(new(Ids.ReturnCommitment, s.RefReturn, enrolment.CommitmentSigned ? T.CommitmentSigned : T.NoCommitment, enrolment.CommitmentSigned,
                [new("returnProgramme.commitmentSigned", enrolment.CommitmentSigned ? "true" : "false")]));
            var departure = enrolment.DepartureDate;
            var inYear = departure is { } day && day <= s.ReceptionLastDay;
            reasons.Add(new(Ids.ReturnDeparture, s.RefReturnDeparture, departure is null ? T.NoDepartureDate : inYear ? T.DepartureInYear : T.DepartureAfterYear, inYear,
                departure is { } agreed
                    ? [new("returnProgramme.departureDate", TransitionSchedule.Iso(agreed)), new(TransitionSchedule.ReceptionYearsId, s.ReceptionLastDayText)]
                    : [new(TransitionSchedule.ReceptionYearsId, s.ReceptionLastDayText)]));
            var applies = departure is null || inYear;
            if (s.ProtectionHasEnded)
            {
                // After the last day, only a signed commitment without a pending asylum application still counts.
                applies &= enrolment.CommitmentSigned && !asylumOpen;
            }

            if (applies)
            {
                reasons.Add(cache.AsylumReturn[(int)person.Asylum]);
                if (enrolment.CommitmentSigned && inYear && !asylumOpen)
                {
                    var leaving = departure!.Value;
                    return Decided(person, TransitionPath.ReturnProgramme, in reasons, flags,
                    [
                        new(TaskKind.ProvideReceptionUntilDeparture, "reception", ActionOwner.Municipality, T.TaskReception, leaving, s.ReceptionIsProvisional),
                        new(TaskKind.LeaveTheNetherlands, "departure", ActionOwner.Person, T.TaskDepart, leaving, false),
                    ]);
                }

                var actions = ImmutableArray.CreateBuilder<PendingAction>(3);
                if (!enrolment.CommitmentSigned)
                {
                    actions.Add(new(ActionKind.SignReturnCommitment, ActionOwner.Person, T.ActionSign, s.ProtectionLastDay));
                }

                if (departure is null)
                {
                    actions.Add(new(ActionKind.AgreeDepartureDate, ActionOwner.Person, T.ActionDeparture, s.ProtectionLastDay));
                }

                if (asylumOpen)
                {
                    var due = departure is { } before && before < s.ProtectionLastDay ? before : s.ProtectionLastDay;
                    actions.Add(new(ActionKind.WithdrawAsylumApplication, ActionOwner.Person, T.ActionWithdraw, due));
                }

                return Pending(person, TransitionPath.ReturnProgramme, in reasons, flags, actions.ToImmutable());
            }
        }

        // 5. Transition document; 6. asylum procedure.
        if (s.CutOffIsProvisional)
        {
            flags |= ReviewFlags.ProvisionalParameter;
        }

        var cutOff = person.Protection.Since <= s.CutOff;
        reasons.Add(new(Ids.CutOff, s.RefCutOff, cutOff ? T.CutOffMet : T.CutOffNotMet, cutOff,
            [new("protection.since", since), new(TransitionSchedule.CutOffId, s.CutOffText)]));
        var check = person.PublicOrder;
        reasons.Add(cache.PublicOrder[(int)check]);
        reasons.Add(cache.AsylumDocument[(int)person.Asylum]);

        if (!cutOff || check == PublicOrderCheck.Failed || (asylumOpen && s.ProtectionHasEnded))
        {
            var text = !asylumOpen ? T.AsylumRemainingRoute : cutOff && check != PublicOrderCheck.Failed ? T.AsylumContinuesAfterEnd : T.AsylumContinues;
            reasons.Add(new(Ids.AsylumProcedure, s.RefAsylumProcedure, text, true,
                [new("asylumApplication", TransitionNames.Of(person.Asylum)), new(TransitionSchedule.LastDayId, s.ProtectionLastDayText)]));
            return Decided(person, TransitionPath.AsylumProcedure, in reasons, flags);
        }

        if (check == PublicOrderCheck.Passed && !asylumOpen)
        {
            var validity = new DateInterval(s.DocumentFirstDay, s.DocumentLastDay);
            flags |= cache.DocumentTasksProvisional || s.TuitionMinimumAgeIsProvisional ? ReviewFlags.ProvisionalParameter : ReviewFlags.None;

            // Statutory tuition concerns holders who can enrol in mbo, hbo or wo: of student age when it applies.
            var tuitionDay = s.TuitionFrom > s.Date ? s.TuitionFrom : s.Date;
            var student = AgeOn(person.BirthDate, tuitionDay) >= s.TuitionMinimumAge;
            return new TransitionDecision(person.Id, TransitionPath.TransitionDocument, DecisionStatus.Decided.Instance, validity,
                reasons.ToImmutable(), student ? cache.DocumentTasks : cache.DocumentTasksBelowStudentAge, flags);
        }

        var outstanding = ImmutableArray.CreateBuilder<PendingAction>(2);
        if (check == PublicOrderCheck.Pending)
        {
            outstanding.Add(new(ActionKind.CompletePublicOrderCheck, ActionOwner.Ind, T.ActionPublicOrder, s.ProtectionLastDay));
        }

        if (asylumOpen)
        {
            outstanding.Add(new(ActionKind.WithdrawAsylumApplication, ActionOwner.Person, T.ActionWithdraw, s.ProtectionLastDay));
        }

        return Pending(person, TransitionPath.TransitionDocument, in reasons, flags, outstanding.ToImmutable());
    }

    /// <summary>The person's age in whole years on a date.</summary>
    /// <remarks>Equal to <c>Period.Between(birthDate, date, PeriodUnits.Years).Years</c> (a tested property), without
    /// allocating a <see cref="Period"/> per person.</remarks>
    internal static int AgeOn(LocalDate birthDate, LocalDate date)
    {
        if (birthDate > date)
        {
            return -1;
        }

        var years = date.Year - birthDate.Year;
        return birthDate.PlusYears(years) > date ? years - 1 : years;
    }

    private const string NetherlandsCode = "NL";

    private enum Tcn
    {
        NotApplicable,
        Ended,
        Unknown,
    }

    private static Tcn TemporaryResidence(TransitionFacts person, TransitionSchedule s, out Reason reason)
    {
        if (person.Residence != UkrainianResidence.Temporary)
        {
            reason = s.Cache.NotTemporary[(int)person.Residence];
            return Tcn.NotApplicable;
        }

        var facts = ImmutableArray.Create<Fact>(
            new("ukrainianResidence", TransitionNames.Of(person.Residence)),
            new("asylumApplication", TransitionNames.Of(person.Asylum)),
            new("objectionPending", person.ObjectionPending ? "true" : "false"),
            new(TransitionSchedule.TcnLastDayId, s.TcnLastDayText));
        if (s.Date <= s.TcnLastDay)
        {
            reason = new(Ids.TemporaryResidenceEnded, s.RefTcn, T.TcnNotYetEnded, false, facts);
            return Tcn.NotApplicable;
        }

        if (person.ObjectionPending)
        {
            reason = new(Ids.TemporaryResidenceEnded, s.RefTcn, T.TcnObjectionPending, false, facts);
            return Tcn.NotApplicable;
        }

        // The linked asylum application was filed with the protection request, on protection.since.
        var filedInTime = person.Protection.Since <= s.TcnLastDay;
        bool? pendingOnLastDay = !filedInTime ? false : person.Asylum switch
        {
            AsylumApplication.Pending => true,
            AsylumApplication.Withdrawn => person.AsylumWithdrawnOn is { } withdrawn ? withdrawn > s.TcnLastDay : null,
            _ => false,
        };
        switch (pendingOnLastDay)
        {
            case true:
                reason = new(Ids.TemporaryResidenceEnded, s.RefTcn, T.TcnAsylumPending, false, facts);
                return Tcn.NotApplicable;
            case null:
                reason = new(Ids.TemporaryResidenceEnded, s.RefTcn, T.TcnUnknown, false, facts);
                return Tcn.Unknown;
            default:
                reason = new(Ids.TemporaryResidenceEnded, s.RefTcn, T.TcnEnded, true, person.AsylumWithdrawnOn is { } on
                    ? facts.Add(new("asylumWithdrawnOn", TransitionSchedule.Iso(on)))
                    : facts);
                return Tcn.Ended;
        }
    }

    private static ImmutableArray<Fact> PermitFacts(OtherPermit? permit, TransitionSchedule s) => permit switch
    {
        null => [],
        { ValidUntil: { } until } => [new("otherPermit.kind", TransitionNames.Of(permit.Kind)), new("otherPermit.validUntil", TransitionSchedule.Iso(until)), new(TransitionSchedule.LastDayId, s.ProtectionLastDayText)],
        _ => [new("otherPermit.kind", TransitionNames.Of(permit.Kind)), new(TransitionSchedule.LastDayId, s.ProtectionLastDayText)],
    };

    private static ImmutableArray<Registration> ActiveElsewhere(ImmutableArray<Registration> registrations, LocalDate date)
    {
        foreach (var registration in registrations)
        {
            if (!registration.ActiveOn(date))
            {
                return [.. registrations.Where(r => r.ActiveOn(date))];
            }
        }

        return registrations;
    }

    private static string OtherProtectionText(ImmutableArray<Registration> registrations)
    {
        if (registrations.Length == 1)
        {
            return $"{registrations[0].MemberState} since {TransitionSchedule.Iso(registrations[0].Since)}";
        }

        var parts = new string[registrations.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = $"{registrations[i].MemberState} since {TransitionSchedule.Iso(registrations[i].Since)}";
        }

        return string.Join(", ", parts);
    }

    private static TransitionDecision Decided(TransitionFacts person, TransitionPath path, in ReasonList reasons, ReviewFlags flags, ImmutableArray<FollowUpTask> tasks = default)
    {
        var list = tasks.IsDefault ? [] : tasks;
        foreach (var task in list)
        {
            flags |= task.IsProvisional ? ReviewFlags.ProvisionalParameter : ReviewFlags.None;
        }

        return new(person.Id, path, DecisionStatus.Decided.Instance, null, reasons.ToImmutable(), list, flags);
    }

    private static TransitionDecision Pending(TransitionFacts person, TransitionPath path, in ReasonList reasons, ReviewFlags flags, ImmutableArray<PendingAction> actions) =>
        new(person.Id, path, new DecisionStatus.Pending(actions), null, reasons.ToImmutable(), [], flags);
}
