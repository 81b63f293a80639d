using System.Collections.Frozen;

namespace Overgang.Rules.Households;

/// <summary>The contract names of the reception types (docs/contracts/cli-json.md), used by the CLI, the API and the registry.</summary>
public static class ReceptionNames
{
    /// <summary>Contract name to reception type.</summary>
    public static readonly FrozenDictionary<string, Reception> ByName = new Dictionary<string, Reception>(StringComparer.Ordinal)
    {
        ["municipal"] = Reception.Municipal,
        ["municipal-catering"] = Reception.MunicipalCatering,
        ["private"] = Reception.Private,
        ["own-home"] = Reception.OwnHome,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
