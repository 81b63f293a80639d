namespace Overgang.Rules.ReturnProgramme;

/// <summary>A follow-up step in the return programme; pages word it from this, in their own language.</summary>
public enum ReturnStepKind
{
    /// <summary>The person signs the return commitment (004:185-186).</summary>
    SignCommitment,

    /// <summary>DTenV agrees a departure date with the person (004:184-185).</summary>
    AgreeDepartureDate,

    /// <summary>The municipality provides reception and support until the departure date (004:231-238).</summary>
    ProvideReceptionUntilDeparture,

    /// <summary>The person leaves the Netherlands on the agreed date.</summary>
    Depart,

    /// <summary>DTenV follows up a departure date that passed without a confirmed departure.</summary>
    FollowUpMissedDeparture,

    /// <summary>The municipality ends the provisions tied to the return programme (004:238-241, 002:894-902).</summary>
    EndReturnProvisions,

    /// <summary>The IND decides the transition path again, as if the person had not enrolled.</summary>
    RedecidePath,
}
