namespace Overgang.Rules.Provisions;

/// <summary>The contract names of <see cref="Provision"/> (<c>allowance</c>, <c>social-assistance</c>, <c>ended</c>).</summary>
public static class ProvisionNames
{
    /// <summary>The name of a provision as it appears in JSON, CSV and the registry.</summary>
    public static string Of(Provision provision) => provision switch
    {
        Provision.Allowance => "allowance",
        Provision.SocialAssistance => "social-assistance",
        Provision.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(provision), provision, null),
    };
}
