using System.Collections.Frozen;

namespace Overgang.Rules.Transition;

/// <summary>The plain-English texts of reasons, actions and tasks, as constants so that deciding allocates no text.</summary>
/// <remarks>
/// <para>The values a text refers to (dates, states) are in the reason's facts; letters word them per language.</para>
/// <para>Every reason text has a stable code (<see cref="Codes"/>): the key of its words in Dutch, Ukrainian and English
/// (<c>Texts/Data/transition.yaml</c>, read through <c>RuleTexts.Reason</c>). The actions and tasks have theirs in
/// <see cref="TaskTexts"/>. Codes are kept: never rename one.</para>
/// </remarks>
internal static class ReasonTexts
{
    public const string ProtectionInNl = "has temporary protection in the Netherlands";
    public const string ProtectionElsewhere = "temporary protection is registered in another member state, not in the Netherlands";
    public const string SingleRegistration = "not registered for temporary protection in another member state";
    public const string MultipleRegistration = "also registered for temporary protection in another member state; protection is enjoyed in one member state at a time";
    public const string NotTemporaryResidence = "not a third-country national with only temporary Ukrainian residence";
    public const string TcnNotYetEnded = "third-country national with temporary Ukrainian residence; that protection has not yet ended on the decision date";
    public const string TcnObjectionPending = "third-country national with temporary Ukrainian residence; an objection was pending on the last day, so protection continued";
    public const string TcnAsylumPending = "third-country national with temporary Ukrainian residence; an asylum application was pending on the last day, so protection continued";
    public const string TcnUnknown = "third-country national with temporary Ukrainian residence; unknown whether the withdrawn asylum application was still pending on the last day";
    public const string TcnEnded = "third-country national with only temporary Ukrainian residence and nothing pending on the last day: protection has ended";
    public const string NoPermit = "holds no other residence permit";
    public const string PermitValid = "holds a regular residence permit valid after protection ends";
    public const string PermitEndsEarly = "the other residence permit ends on or before the last day of protection";
    public const string PermitApplied = "applied for a regular residence permit that is not yet granted";
    public const string PermitNotGranted = "the application for a regular residence permit was not granted before protection ended";
    public const string NoCommitment = "has not signed a return commitment";
    public const string CommitmentSigned = "signed the return commitment";
    public const string ReturnWithdrawn = "withdrew from the return programme: decided as if not enrolled";
    public const string NoDepartureDate = "no departure date agreed yet";
    public const string DepartureInYear = "departure date on or before the last day of the reception year";
    public const string DepartureAfterYear = "the agreed departure date is after the last day of the reception year";
    public const string CutOffMet = "had temporary protection in the Netherlands on or before the cut-off date";
    public const string CutOffNotMet = "temporary protection in the Netherlands started after the cut-off date";
    public const string PublicOrderPassed = "passed the public-order check";
    public const string PublicOrderFailed = "did not pass the public-order check";
    public const string PublicOrderPending = "public-order check outstanding";
    public const string AsylumWithdrawn = "withdrew the asylum application";
    public const string AsylumNone = "has no pending asylum application";
    public const string AsylumPending = "asylum application not yet withdrawn";
    public const string AsylumContinues = "no transition document: the linked asylum application continues";
    public const string AsylumContinuesAfterEnd = "the asylum application was not withdrawn by the last day of protection: the linked application continues";
    public const string AsylumRemainingRoute = "no transition document and no pending asylum application: a new asylum application is the remaining route";

    public const string ActionWithdraw = "withdraw the asylum application";
    public const string ActionPublicOrder = "complete the public-order check";
    public const string ActionPermit = "decide on the application for the residence permit";
    public const string ActionSign = "sign the return commitment";
    public const string ActionDeparture = "agree a departure date on or before the last day of the reception year";
    public const string ActionEstablishTcn = "establish whether the asylum application was still pending on the last day of protection for third-country nationals";

    public const string TaskInsurance = "take out basic health insurance (Zvw) and pay the premium; the RMO no longer covers you";
    public const string TaskEnrol = "enrol the holder in basic health insurance (Zvw)";
    public const string TaskSocialAssistance = "assess the household for social assistance (Participatiewet); the living allowance ends";
    public const string TaskHousing = "move from municipal reception to regular housing; the own contribution continues while staying in reception";
    public const string TaskTuition = "statutory tuition fees apply to enrolment in mbo, hbo or wo";
    public const string TaskNoIntegration = "no civic-integration obligation applies: start no integration route";
    public const string TaskReception = "provide reception and support until the departure date";
    public const string TaskDepart = "leave the Netherlands by the departure date";
    public const string TaskLeaveTcn = "leave the Netherlands within the departure term after protection ended";
    /// <summary>Every reason text (of the decider and of transitional stays) by its stable code.</summary>
    public static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["protection-in-nl"] = ProtectionInNl,
        ["protection-elsewhere"] = ProtectionElsewhere,
        ["single-registration"] = SingleRegistration,
        ["multiple-registration"] = MultipleRegistration,
        ["not-temporary-residence"] = NotTemporaryResidence,
        ["tcn-not-yet-ended"] = TcnNotYetEnded,
        ["tcn-objection-pending"] = TcnObjectionPending,
        ["tcn-asylum-pending"] = TcnAsylumPending,
        ["tcn-unknown"] = TcnUnknown,
        ["tcn-ended"] = TcnEnded,
        ["no-permit"] = NoPermit,
        ["permit-valid"] = PermitValid,
        ["permit-ends-early"] = PermitEndsEarly,
        ["permit-applied"] = PermitApplied,
        ["permit-not-granted"] = PermitNotGranted,
        ["no-commitment"] = NoCommitment,
        ["commitment-signed"] = CommitmentSigned,
        ["return-withdrawn"] = ReturnWithdrawn,
        ["no-departure-date"] = NoDepartureDate,
        ["departure-in-year"] = DepartureInYear,
        ["departure-after-year"] = DepartureAfterYear,
        ["cut-off-met"] = CutOffMet,
        ["cut-off-not-met"] = CutOffNotMet,
        ["public-order-passed"] = PublicOrderPassed,
        ["public-order-failed"] = PublicOrderFailed,
        ["public-order-pending"] = PublicOrderPending,
        ["asylum-withdrawn"] = AsylumWithdrawn,
        ["asylum-none"] = AsylumNone,
        ["asylum-pending"] = AsylumPending,
        ["asylum-continues"] = AsylumContinues,
        ["asylum-continues-after-end"] = AsylumContinuesAfterEnd,
        ["asylum-remaining-route"] = AsylumRemainingRoute,
        ["stay-medical-granted"] = TransitionalStayRules.MedicalGranted,
        ["stay-school-year-granted"] = TransitionalStayRules.SchoolYearGranted,
        ["stay-school-year-capped"] = TransitionalStayRules.SchoolYearCapped,
        ["stay-no-medical-ground"] = TransitionalStayRules.NoMedicalGround,
        ["stay-no-school-age-child"] = TransitionalStayRules.NoSchoolAgeChild,
        ["stay-ends-before-start"] = TransitionalStayRules.EndsBeforeStart,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The code of a reason text, or <c>null</c> for a text that has none (written by an older version of the rules).</summary>
    public static string? CodeOf(string text) => _codeOf.GetValueOrDefault(text);

    private static readonly FrozenDictionary<string, string> _codeOf = Codes.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
}
