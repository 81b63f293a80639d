namespace Overgang.Rules.Provisions;

/// <summary>What a household lives on in a month: the regime of provisions that holds for it on the date.</summary>
public enum Provision
{
    /// <summary>The living allowance and own contribution of the reception scheme (before protection ends, and after it until hand-over or departure).</summary>
    Allowance,

    /// <summary>Social assistance (Participatiewet) from the household's hand-over; the own contribution continues while it lives in municipal reception.</summary>
    SocialAssistance,

    /// <summary>No provisions from the municipal scheme any more (asylum reception, departure, another status or no entitlement).</summary>
    Ended,
}
