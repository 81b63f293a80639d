using Overgang.Rules.Households;

namespace Overgang.Registry.Runs;

/// <summary>Maps the registry's reception names to the rules' reception types.</summary>
internal static class ReceptionNames
{
    /// <summary>COA reception: the living allowance is paid by COA under another scheme, not by the municipality.</summary>
    public const string Coa = "coa";

    public static Reception? ToRules(string name) => name switch
    {
        "municipal" => Reception.Municipal,
        "municipal-catering" => Reception.MunicipalCatering,
        "private" => Reception.Private,
        "own-home" => Reception.OwnHome,
        _ => null,
    };
}
