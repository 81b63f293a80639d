using System.Collections.Frozen;
using Spectre.Console;

namespace Overgang.Cli.Runs;

/// <summary>
/// What the codes in the command's tables mean, one line each, printed under a table for the codes it shows. The codes
/// stay in the tables because they are what the CSV lists, the API and docs/contracts/cli-json.md use.
/// </summary>
internal static class Legend
{
    private static readonly FrozenDictionary<string, string> _meanings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // transition paths
        ["transition-document"] = "gets the three-year transition document ex officio",
        ["return-programme"] = "takes part in the return programme; keeps reception until departure",
        ["other-status"] = "holds or applied for a regular residence permit valid after protection ends",
        ["asylum-procedure"] = "the linked asylum application continues",
        ["not-entitled"] = "not entitled here: protection registered elsewhere, or in another member state as well",
        ["protection-ended"] = "protection already ended: third-country national with only temporary Ukrainian residence",

        // decision statuses
        ["decided"] = "every fact the path needs is known",
        ["pending"] = "a fact is missing or an act is outstanding (see the pending actions)",

        // owners of pending actions
        ["person"] = "the displaced person",
        ["ind"] = "the immigration service (IND)",
        ["municipality"] = "the municipality",
        ["insurer"] = "the health insurer",

        // outcomes of the monthly run
        ["calculated"] = "allowance households calculated by the rules",
        ["ended-absence"] = "allowance households whose members are all away longer than the maximum absence (nothing paid)",
        ["not-in-municipal-scheme"] = "registered households in COA reception (not paid by the municipality)",
        ["persons-away-over-maximum"] = "persons away longer than the maximum, left out of their household's allowance",
        ["not-calculable"] = "allowance households the rules cannot calculate (a parameter or a path unknown)",
        ["invalid-relations"] = "allowance households whose registered relations contradict each other",

        // reception location kinds
        ["coa"] = "COA reception centre (national)",
        ["municipal"] = "municipal reception location",
        ["municipal-catering"] = "municipal reception location with meals provided",
        ["own-home"] = "own home",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The meaning of a code, or <c>null</c>.</summary>
    public static string? Of(string code) => _meanings.GetValueOrDefault(code);

    /// <summary>Writes one line per known code (each once, in the order given) under a table.</summary>
    public static void Write(IAnsiConsole console, IEnumerable<string> codes)
    {
        var known = codes.Distinct(StringComparer.Ordinal).Where(_meanings.ContainsKey).ToList();
        if (known.Count == 0)
        {
            return;
        }

        var width = known.Max(c => c.Length);
        foreach (var code in known)
        {
            console.WriteLine(Markup.Escape($"  {code.PadRight(width)}  {_meanings[code]}"));
        }

        console.WriteLine();
    }
}
