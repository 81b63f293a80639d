namespace Overgang.Registry.Runs;

/// <summary>The kinds of batch run.</summary>
public static class RunKinds
{
    /// <summary>The monthly living allowance and own contribution per household.</summary>
    public const string Allowance = "allowance";

    /// <summary>The transition decision per person.</summary>
    public const string Decisions = "decisions";

    /// <summary>How a run is named to users, with its number among the runs of its kind: "decisions run 3", "month run 2".</summary>
    public static string NameOf(Model.BatchRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return NameOf(run.Kind, run.Number);
    }

    /// <summary>How the run of a kind with a number is named to users: "decisions run 3", "month run 2".</summary>
    public static string NameOf(string kind, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(kind == Allowance ? "month" : kind)} run {number}");
}
