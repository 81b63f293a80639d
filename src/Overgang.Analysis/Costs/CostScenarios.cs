namespace Overgang.Analysis.Costs;

/// <summary>The scenarios of a cost report.</summary>
public static class CostScenarios
{
    /// <summary>Current policy: the paths as the rules decide them.</summary>
    public const string Baseline = "baseline";

    /// <summary>The reform applied to the baseline parameters.</summary>
    public const string Reform = "reform";

    /// <summary>No transition document: everyone on the asylum path when protection ends (003:18, 003:25).</summary>
    public const string Counterfactual = "counterfactual";
}
