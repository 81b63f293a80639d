using System.Collections.Immutable;

namespace Overgang.Analysis.Costs;

/// <summary>The organisations that bear the costs, in the order of the tables.</summary>
public static class CostOrganisations
{
    /// <summary>The State (Rijk): the BooO compensation of municipalities, legal aid.</summary>
    public const string State = "state";

    /// <summary>The municipalities: social assistance and case work.</summary>
    public const string Municipalities = "municipalities";

    /// <summary>COA: asylum reception.</summary>
    public const string Coa = "coa";

    /// <summary>IND: decisions and the asylum procedure.</summary>
    public const string Ind = "ind";

    /// <summary>DTenV, the departure service: the return programme.</summary>
    public const string Dtenv = "dtenv";

    /// <summary>Every organisation, in table order.</summary>
    public static ImmutableArray<string> All { get; } = [State, Municipalities, Coa, Ind, Dtenv];

    /// <summary>The name as the organisations write it, in English (the CLI and the report).</summary>
    public static string Name(string organisation) => organisation switch
    {
        State => "State (Rijk)",
        Municipalities => "municipalities",
        Coa => "COA",
        Ind => "IND",
        Dtenv => "DTenV",
        _ => organisation,
    };
}
