namespace Overgang.Rules.Transition;

/// <summary>The stable ids of the transition rules, as they appear in reasons.</summary>
/// <remarks>Ids are part of the output contract: rename one only with a new contract version.</remarks>
public static class TransitionRuleIds
{
    /// <summary>Has temporary protection in the Netherlands.</summary>
    public const string ProtectionInNetherlands = "transition.protection-in-nl";

    /// <summary>Registered for protection in no other member state.</summary>
    public const string SingleRegistration = "transition.single-registration";

    /// <summary>Protection ended early: third-country national with only temporary Ukrainian residence.</summary>
    public const string TemporaryResidenceEnded = "transition.temporary-residence-ended";

    /// <summary>Holds a regular residence permit valid after protection ends.</summary>
    public const string OtherPermit = "transition.other-permit";

    /// <summary>Signed the return commitment.</summary>
    public const string ReturnCommitment = "transition.return-commitment";

    /// <summary>Agreed a departure date within the reception year.</summary>
    public const string ReturnDeparture = "transition.return-departure";

    /// <summary>Had protection in the Netherlands on or before the cut-off date.</summary>
    public const string CutOff = "transition.cut-off";

    /// <summary>Passed the public-order check.</summary>
    public const string PublicOrder = "transition.public-order";

    /// <summary>Has no pending asylum application (withdrawn, or never filed).</summary>
    public const string AsylumWithdrawn = "transition.asylum-withdrawn";

    /// <summary>The asylum application continues (or is the remaining route).</summary>
    public const string AsylumProcedure = "transition.asylum-procedure";

    /// <summary>A transitional stay the IND decided: its ground, its maximum and what it defers (002:906-934).</summary>
    public const string TransitionalStay = "transition.transitional-stay";
}
