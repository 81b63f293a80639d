using System.Runtime.CompilerServices;
using NodaTime;

namespace Overgang.Rules.Parameters;

/// <summary>
/// The months a request may name (an income, a household's month, a run; in the web, the API and the command line
/// alike): from the month of the first value in the rules' parameter catalogue (2006-01 today) up to the end of the third
/// year after its last dated value (2031-12 today: the projections run to 2030). A month outside is a typing error (<c>-0001-01</c>, <c>9999-12</c>) that would
/// otherwise be stored, or calculated with parameters carried far beyond what anyone decided.
/// </summary>
public sealed record RuleMonths(YearMonth First, YearMonth Last)
{
    private const int YearsAfterLastValue = 3;
    private static readonly ConditionalWeakTable<ParameterTree, RuleMonths> Known = new();

    /// <summary>The months a parameter catalogue covers.</summary>
    public static RuleMonths Of(ParameterTree parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Known.GetValue(parameters, tree =>
        {
            var dates = tree.Definitions.SelectMany(d => d.Values).Select(v => v.From).ToList();
            var first = dates.Min();
            var last = dates.Max();
            return new RuleMonths(first.ToYearMonth(), new YearMonth(last.Year + YearsAfterLastValue, 12));
        });
    }

    /// <summary>True when the month lies in the range.</summary>
    public bool Contains(YearMonth month) => month.CompareTo(First) >= 0 && month.CompareTo(Last) <= 0;

    /// <summary>True when the date's month lies in the range.</summary>
    public bool Contains(LocalDate date) => Contains(date.ToYearMonth());

    /// <summary>What to tell a caller who named a month outside: "must lie between 2006-01 and 2031-12".</summary>
    public string Message => $"must lie between {First:yyyy-MM} and {Last:yyyy-MM}, the months the rules' parameters cover";
}
