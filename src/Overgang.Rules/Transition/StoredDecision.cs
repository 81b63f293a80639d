using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;
using T = Overgang.Rules.Transition.ReasonTexts;

namespace Overgang.Rules.Transition;

/// <summary>
/// A transition decision in the form the registry stores it: what the decision is (path, status, validity, per rule its id
/// and whether it is met, the facts used, the actions, flags and tasks by kind), with references and texts as numbers in
/// a <see cref="StoredTexts"/> table built from the rules (docs/adr/0010-stored-decisions.md).
/// </summary>
/// <remarks>
/// <para><see cref="Decode"/> gives back a decision equal to the one encoded, member by member, so
/// <see cref="TransitionDecisionJson"/> writes exactly the JSON it wrote before storing. A string the table does not
/// hold (a free fact value) is stored inline, so encoding never loses anything.</para>
/// <para>Layout (version 1): version byte; the table's <see cref="StoredTexts.KeyLength"/>-byte key; path; flags;
/// validity (0, or 1 and two dates); reasons (count; each rule, reference, text, met, facts as name/value pairs);
/// status (0 decided; 1 pending and its actions: kind, owner, text, due); tasks (count; each kind, domain, owner,
/// text, optional due, provisional). Numbers are unsigned LEB128, dates zig-zag days from 2000-01-01.</para>
/// </remarks>
public static class StoredDecision
{
    /// <summary>The version of the stored form this code writes.</summary>
    public const byte Version = 1;

    private const int MaxItems = 64;

    /// <summary>The table of the strings a decision on this schedule is worded with: fixed texts, rule ids, fact names and the schedule's references.</summary>
    public static StoredTexts Texts(TransitionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        string[] references =
        [
            schedule.RefRegistration, schedule.RefTcn, schedule.RefPermit, schedule.RefReturn, schedule.RefReturnDeparture,
            schedule.RefCutOff, schedule.RefDocument, schedule.RefAsylumProcedure, schedule.RefCare, schedule.RefIncome,
            schedule.RefHousing, schedule.RefTuition, schedule.RefIntegration, schedule.RefStayMedical, schedule.RefStaySchoolYear,
        ];
        return new StoredTexts([.. _fixed, .. TransitionalStayRules.StoredStrings, .. references]);
    }

    /// <summary>The key of the table a stored decision was written with (<see cref="StoredTexts.Key"/>).</summary>
    public static string TextsKey(ReadOnlySpan<byte> stored)
    {
        if (stored.Length < 1 + StoredTexts.KeyLength || stored[0] != Version)
        {
            throw new FormatException($"stored decision: not version {Version}");
        }

        return StoredTexts.KeyOf(stored.Slice(1, StoredTexts.KeyLength));
    }

    /// <summary>Encodes a decision with the strings of <paramref name="texts"/> (the person id is not stored: the row holds it).</summary>
    public static byte[] Encode(TransitionDecision decision, StoredTexts texts)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(texts);
        var w = CompactWriter.For(texts);
        w.Byte(Version);
        w.Bytes(texts.KeyBytes.AsSpan());
        w.Byte((byte)decision.Path);
        w.Number((ulong)decision.Flags);
        if (decision.Validity is { } validity)
        {
            w.Byte(1);
            w.Date(validity.Start);
            w.Date(validity.End);
        }
        else
        {
            w.Byte(0);
        }

        w.Number((ulong)decision.Reasons.Length);
        foreach (var reason in decision.Reasons)
        {
            w.String(reason.Rule);
            w.String(reason.Reference);
            w.String(reason.Text);
            w.Byte(reason.Met ? (byte)1 : (byte)0);
            w.Number((ulong)reason.Facts.Length);
            foreach (var fact in reason.Facts)
            {
                w.String(fact.Name);
                w.String(fact.Value);
            }
        }

        if (decision.Status is DecisionStatus.Pending pending)
        {
            w.Byte(1);
            w.Number((ulong)pending.Actions.Length);
            foreach (var action in pending.Actions)
            {
                w.Byte((byte)action.Kind);
                w.Byte((byte)action.Owner);
                w.String(action.Text);
                w.Date(action.Due);
            }
        }
        else
        {
            w.Byte(0);
        }

        w.Number((ulong)decision.Tasks.Length);
        foreach (var task in decision.Tasks)
        {
            w.Byte((byte)task.Kind);
            w.String(task.Domain);
            w.Byte((byte)task.Owner);
            w.String(task.Text);
            w.OptionalDate(task.Due);
            w.Byte(task.IsProvisional ? (byte)1 : (byte)0);
        }

        return w.ToArray();
    }

    /// <summary>
    /// The review flags of a stored decision, read without decoding the rest (for counts over a whole run): they follow
    /// the header and the path byte as one unsigned LEB128 number.
    /// </summary>
    /// <exception cref="FormatException">The bytes are not a stored decision of this version.</exception>
    public static ReviewFlags FlagsOf(ReadOnlySpan<byte> stored)
    {
        _ = TextsKey(stored);
        ulong bits = 0;
        var shift = 0;
        for (var i = 1 + StoredTexts.KeyLength + 1; i < stored.Length && shift < 64; i++, shift += 7)
        {
            bits |= (ulong)(stored[i] & 0x7F) << shift;
            if ((stored[i] & 0x80) == 0)
            {
                return bits <= (ulong)_allFlags ? (ReviewFlags)bits : throw new FormatException($"stored decision: flags {bits}");
            }
        }

        throw new FormatException("stored decision: no flags");
    }

    /// <summary>Decodes a stored decision with the table it was written with (its <see cref="TextsKey"/>).</summary>
    /// <exception cref="FormatException">The bytes are not a stored decision of this version, or name another table.</exception>
    public static TransitionDecision Decode(string personId, ReadOnlySpan<byte> stored, StoredTexts texts)
    {
        ArgumentNullException.ThrowIfNull(personId);
        ArgumentNullException.ThrowIfNull(texts);
        if (TextsKey(stored) != texts.Key)
        {
            throw new FormatException($"stored decision: written with texts {TextsKey(stored)}, not {texts.Key}");
        }

        var r = new CompactReader(stored[(1 + StoredTexts.KeyLength)..], texts);
        var path = r.Enum<TransitionPath>();
        var flagBits = r.Number();
        var flags = flagBits <= (ulong)_allFlags ? (ReviewFlags)flagBits : throw new FormatException($"stored decision: flags {flagBits}");
        DateInterval? validity = r.Boolean() ? new DateInterval(r.Date(), r.Date()) : null;
        var reasons = new Reason[r.Count(MaxItems)];
        for (var i = 0; i < reasons.Length; i++)
        {
            var rule = r.String();
            var reference = r.String();
            var text = r.String();
            var met = r.Boolean();
            var facts = new Fact[r.Count(MaxItems)];
            for (var j = 0; j < facts.Length; j++)
            {
                facts[j] = new Fact(r.String(), r.String());
            }

            reasons[i] = new Reason(rule, reference, text, met, ImmutableArray.Create(facts));
        }

        DecisionStatus status = DecisionStatus.Decided.Instance;
        if (r.Boolean())
        {
            var actions = new PendingAction[r.Count(MaxItems)];
            for (var i = 0; i < actions.Length; i++)
            {
                actions[i] = new PendingAction(r.Enum<ActionKind>(), r.Enum<ActionOwner>(), r.String(), r.Date());
            }

            status = new DecisionStatus.Pending(ImmutableArray.Create(actions));
        }

        var tasks = new FollowUpTask[r.Count(MaxItems)];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = new FollowUpTask(r.Enum<TaskKind>(), r.String(), r.Enum<ActionOwner>(), r.String(), r.OptionalDate(), r.Boolean());
        }

        if (!r.AtEnd)
        {
            throw new FormatException("stored decision: bytes after the end");
        }

        return new TransitionDecision(personId, path, status, validity, ImmutableArray.Create(reasons), ImmutableArray.Create(tasks), flags);
    }

    private static readonly ReviewFlags _allFlags = TransitionNames.FlagOrder.Aggregate(ReviewFlags.None, (all, f) => all | f);

    /// <summary>The strings every decision is worded with, whatever the parameters: texts, rule ids, fact names, common values, domains.</summary>
    /// <remarks>Append only within a version: the table's content hash names it, so a change gives a new table and old decisions keep theirs.</remarks>
    private static readonly string[] _fixed =
    [
        TransitionRuleIds.ProtectionInNetherlands, TransitionRuleIds.SingleRegistration, TransitionRuleIds.TemporaryResidenceEnded,
        TransitionRuleIds.OtherPermit, TransitionRuleIds.ReturnCommitment, TransitionRuleIds.ReturnDeparture, TransitionRuleIds.CutOff,
        TransitionRuleIds.PublicOrder, TransitionRuleIds.AsylumWithdrawn, TransitionRuleIds.AsylumProcedure,
        T.ProtectionInNl, T.ProtectionElsewhere, T.SingleRegistration, T.MultipleRegistration, T.NotTemporaryResidence,
        T.TcnNotYetEnded, T.TcnObjectionPending, T.TcnAsylumPending, T.TcnUnknown, T.TcnEnded, T.NoPermit, T.PermitValid,
        T.PermitEndsEarly, T.PermitApplied, T.PermitNotGranted, T.NoCommitment, T.CommitmentSigned, T.NoDepartureDate,
        T.DepartureInYear, T.DepartureAfterYear, T.CutOffMet, T.CutOffNotMet, T.PublicOrderPassed, T.PublicOrderFailed,
        T.PublicOrderPending, T.AsylumWithdrawn, T.AsylumNone, T.AsylumPending, T.AsylumContinues, T.AsylumContinuesAfterEnd,
        T.AsylumRemainingRoute,
        T.ActionWithdraw, T.ActionPublicOrder, T.ActionPermit, T.ActionSign, T.ActionDeparture, T.ActionEstablishTcn,
        T.TaskInsurance, T.TaskEnrol, T.TaskSocialAssistance, T.TaskHousing, T.TaskTuition, T.TaskNoIntegration, T.TaskReception,
        T.TaskDepart, T.TaskLeaveTcn,
        "protection.memberState", "protection.since", "otherProtection", "ukrainianResidence", "asylumApplication",
        "objectionPending", "asylumWithdrawnOn", "otherPermit.kind", "otherPermit.validUntil", "returnProgramme.commitmentSigned",
        "returnProgramme.departureDate", "publicOrderCheck",
        TransitionSchedule.LastDayId, TransitionSchedule.CutOffId, TransitionSchedule.TcnLastDayId, TransitionSchedule.ReceptionYearsId,
        "true", "false", "NL", "citizen", "permanent", "temporary", "pending", "withdrawn", "none", "passed", "failed",
        "work", "study", "family", "research",
        "care", "income", "housing", "education", "integration", "reception", "departure",
    ];
}
