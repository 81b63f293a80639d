namespace Overgang.Rules.Provisions;

/// <summary>The stable ids of the rules that say what follows after temporary protection ends, as they appear in explanations.</summary>
/// <remarks>Ids are part of the output contract: rename one only with a new contract version.</remarks>
public static class ProvisionRuleIds
{
    /// <summary>Which provisions hold for one person on the date, given their path.</summary>
    public const string AfterProtection = "provisions.after-protection";

    /// <summary>The household's hand-over from the living allowance to social assistance.</summary>
    public const string HandOver = "provisions.hand-over";

    /// <summary>The provisions of the household ended; nothing is paid or due.</summary>
    public const string Ended = "provisions.ended";

    /// <summary>Who counts as a cost-sharer (persons of 21 or older sharing the dwelling).</summary>
    public const string CostSharers = "social-assistance.cost-sharers";

    /// <summary>The norm of one member of the assessed household.</summary>
    public const string Norm = "social-assistance.norm";

    /// <summary>The household income deducted from the norm.</summary>
    public const string Income = "social-assistance.income";

    /// <summary>The estimated monthly social assistance.</summary>
    public const string Amount = "social-assistance.amount";

    /// <summary>The own contribution of a household with social assistance in municipal reception.</summary>
    public const string ContributionAfterHandOver = "contribution.after-hand-over";

    /// <summary>The obligation to take out basic health insurance (Zvw).</summary>
    public const string HealthInsurance = "health-insurance.obligation";

    /// <summary>The estimated premium of the household's insured adults.</summary>
    public const string HealthInsurancePremium = "health-insurance.premium";

    /// <summary>A transitional stay: the provisions continue as before protection ended until its last day.</summary>
    public const string TransitionalStay = "provisions.transitional-stay";
}
