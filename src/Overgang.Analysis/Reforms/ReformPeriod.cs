using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Reforms;

/// <summary>
/// The default period of a reform run, the same for the command line and the web application: decisions on the
/// baseline's last day of protection, and the months from this month to the month in which the reception year after
/// that day ends (<c>transition.return.reception-years</c>: the last month in which anyone still gets the living allowance).
/// </summary>
public static class ReformPeriod
{
    /// <summary>The default decision date and first and last month; refuses (as a value) when a parameter is unknown.</summary>
    public static bool TryDefault(ParameterTree parameters, LocalDate today, out LocalDate date, out YearMonth from, out YearMonth to, [NotNullWhen(false)] out MissingParameter? missing)
    {
        from = new YearMonth(today.Year, today.Month);
        to = from;
        if (!ProtectionEnd.TryLastDay(parameters, today, out date, out missing)
            || !ProtectionEnd.TryReceptionYearEnd(parameters, today, out var receptionEnds, out missing))
        {
            return false;
        }

        to = new YearMonth(receptionEnds.Year, receptionEnds.Month);
        return true;
    }

    /// <summary>Every month from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static ImmutableArray<YearMonth> Months(YearMonth from, YearMonth to)
    {
        var months = ImmutableArray.CreateBuilder<YearMonth>();
        for (var month = from; month <= to; month = month.PlusMonths(1))
        {
            months.Add(month);
        }

        return months.ToImmutable();
    }
}
