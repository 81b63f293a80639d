namespace Overgang.Rules.ReturnProgramme;

/// <summary>The stable ids of the return-programme rules, as they appear in explanations.</summary>
public static class ReturnRuleIds
{
    /// <summary>The enrolment: commitment signed or not, departure date agreed or not.</summary>
    public const string Enrolment = "return.enrolment";

    /// <summary>An enrolment without an agreed date stays on the return path; the date is to be agreed.</summary>
    public const string DepartureToBeAgreed = "return.departure-to-be-agreed";

    /// <summary>A recorded exploratory visit interrupts neither reception nor the path.</summary>
    public const string ExploratoryVisit = "return.exploratory-visit";

    /// <summary>A reconstruction or skills course within the programme.</summary>
    public const string Course = "return.course";

    /// <summary>Withdrawal: the provisions tied to the programme end and the path is decided again.</summary>
    public const string Withdrawal = "return.withdrawal";

    /// <summary>A confirmed departure ends the provisions.</summary>
    public const string DepartureConfirmed = "return.departure-confirmed";

    /// <summary>The agreed date passed without a confirmed departure: DTenV follows up.</summary>
    public const string AgreedDatePassed = "return.agreed-date-passed";

    /// <summary>The return package: components and amounts.</summary>
    public const string Package = "return.package";

    /// <summary>The planning figure of potential participants (003:74).</summary>
    public const string PlanningFigure = "return.planning-figure";
}
