namespace Overgang.Rules.Transition;

/// <summary>The state of the asylum application that was filed together with the protection request.</summary>
public enum AsylumApplication
{
    /// <summary>Still pending: it is activated when protection ends unless it is withdrawn.</summary>
    Pending,

    /// <summary>Withdrawn by the person.</summary>
    Withdrawn,

    /// <summary>Never filed: there is nothing to withdraw.</summary>
    None,
}
