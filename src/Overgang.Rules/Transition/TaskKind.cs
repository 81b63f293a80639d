namespace Overgang.Rules.Transition;

/// <summary>What a follow-up task is; letters and other channels word it from this, in their own language.</summary>
public enum TaskKind
{
    /// <summary>The holder takes out basic health insurance (Zvw); the RMO no longer covers them.</summary>
    TakeOutHealthInsurance,

    /// <summary>The insurer enrols the holder in basic health insurance.</summary>
    EnrolInHealthInsurance,

    /// <summary>The municipality assesses the household for social assistance; the living allowance ends.</summary>
    AssessHouseholdForSocialAssistance,

    /// <summary>The municipality and the holder plan the move from municipal reception to regular housing.</summary>
    MoveToRegularHousing,

    /// <summary>Statutory tuition fees apply to the holder from a date.</summary>
    PayStatutoryTuition,

    /// <summary>No civic-integration obligation applies: the municipality starts no integration route.</summary>
    NoCivicIntegration,

    /// <summary>The municipality provides reception and support until the departure date.</summary>
    ProvideReceptionUntilDeparture,

    /// <summary>The person leaves the Netherlands by a date.</summary>
    LeaveTheNetherlands,
}
