namespace Overgang.Registry.Runs;

/// <summary>The kinds of batch run.</summary>
public static class RunKinds
{
    /// <summary>The monthly living allowance and own contribution per household.</summary>
    public const string Allowance = "allowance";

    /// <summary>The transition decision per person.</summary>
    public const string Decisions = "decisions";
}
