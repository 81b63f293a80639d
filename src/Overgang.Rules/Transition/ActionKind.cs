namespace Overgang.Rules.Transition;

/// <summary>What an outstanding action is; letters and other channels word it from this, in their own language.</summary>
public enum ActionKind
{
    /// <summary>The person withdraws the pending asylum application.</summary>
    WithdrawAsylumApplication,

    /// <summary>The IND completes the public-order check.</summary>
    CompletePublicOrderCheck,

    /// <summary>The IND decides on the application for another residence permit.</summary>
    DecidePermitApplication,

    /// <summary>The person signs the return commitment.</summary>
    SignReturnCommitment,

    /// <summary>The person agrees a departure date within the reception year.</summary>
    AgreeDepartureDate,

    /// <summary>The IND establishes whether the asylum application was still pending on the last day of protection for third-country nationals.</summary>
    EstablishAsylumPendingOnTcnEnd,
}
