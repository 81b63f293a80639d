using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Overgang.Web.Calculations;

/// <summary>One member row of the public calculator's form, as typed.</summary>
/// <param name="Birth">Year of birth (four digits) or age in years.</param>
/// <param name="Relation">To the first person: <c>self</c> (the first row), <c>partner</c>, <c>child</c>, <c>other</c>.</param>
/// <param name="Income">Monthly income from work in euros, empty for none.</param>
/// <param name="Path">The expected path after protection ends (a contract name) or <c>unknown</c>.</param>
public sealed record MemberRow(string Birth, string Relation, string Income, string Path)
{
    /// <summary>An empty row.</summary>
    public static MemberRow Empty(int index) => new("", index == 0 ? "self" : "child", "", CalculatorForm.UnknownPath);

    /// <summary>True when nothing was typed in the row (it is skipped).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Birth) && string.IsNullOrWhiteSpace(Income);
}

/// <summary>
/// The public calculator's form (<c>/calculator</c>), read from the query string: it is a GET form, so it works without
/// JavaScript and without a session, and nothing of it is stored. Rows are added and removed by submit buttons
/// (<c>add</c>, <c>remove=i</c>); <c>calculate</c> asks for the answer.
/// </summary>
/// <param name="Members">The member rows, in order; the first is the person the others relate to.</param>
/// <param name="Reception">Where the household lives: a contract reception name or <c>coa</c>.</param>
/// <param name="Arrived">Month of arrival in the Netherlands (<c>YYYY-MM</c>), optional.</param>
/// <param name="Departure">Agreed departure date for the return programme (<c>YYYY-MM-DD</c>), optional.</param>
/// <param name="Calculate">True when the form was submitted to be calculated.</param>
public sealed record CalculatorForm(ImmutableArray<MemberRow> Members, string Reception, string Arrived, string Departure, bool Calculate)
{
    /// <summary>Rows a household may have on the page.</summary>
    public const int MaxMembers = 12;

    /// <summary>The path value for "don't know".</summary>
    public const string UnknownPath = "unknown";

    /// <summary>The reception kinds offered, in the form's order (<c>coa</c> is outside the municipal scheme).</summary>
    public static readonly ImmutableArray<string> Receptions = ["municipal", "municipal-catering", "coa", "private", "own-home"];

    /// <summary>The paths offered per member.</summary>
    public static readonly ImmutableArray<string> Paths = ["transition-document", "asylum-procedure", "return-programme", "other-status", UnknownPath];

    /// <summary>The relations offered for every row after the first.</summary>
    public static readonly ImmutableArray<string> Relations = ["partner", "child", "other"];

    /// <summary>The empty form: two rows.</summary>
    public static CalculatorForm Blank { get; } = new([MemberRow.Empty(0), MemberRow.Empty(1)], "municipal", "", "", false);

    /// <summary>Reads the form from the query string; a query without it gives <see cref="Blank"/>.</summary>
    public static CalculatorForm Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!int.TryParse(query["rows"], NumberStyles.None, CultureInfo.InvariantCulture, out var rows))
        {
            return Blank;
        }

        rows = Math.Clamp(rows, 1, MaxMembers);
        var members = new List<MemberRow>(rows + 1);
        for (var i = 0; i < rows; i++)
        {
            members.Add(new MemberRow(
                Value(query, "birth" + i),
                i == 0 ? "self" : Value(query, "relation" + i) is { Length: > 0 } relation ? relation : "child",
                Value(query, "income" + i),
                Value(query, "path" + i) is { Length: > 0 } path ? path : UnknownPath));
        }

        if (query.ContainsKey("add") && members.Count < MaxMembers)
        {
            members.Add(MemberRow.Empty(members.Count));
        }

        if (int.TryParse(query["remove"], NumberStyles.None, CultureInfo.InvariantCulture, out var remove) && remove > 0 && remove < members.Count)
        {
            members.RemoveAt(remove);
        }

        var reception = Value(query, "reception");
        return new CalculatorForm([.. members], reception.Length > 0 ? reception : "municipal", Value(query, "arrived"), Value(query, "departure"),
            query.ContainsKey("calculate") && !query.ContainsKey("add") && !query.ContainsKey("remove"));
    }

    private static string Value(IQueryCollection query, string key) => (query[key].ToString() ?? "").Trim() is var value && value.Length <= 40 ? value : value[..40];
}
