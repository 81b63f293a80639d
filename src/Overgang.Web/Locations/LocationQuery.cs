using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Web.Security;

namespace Overgang.Web.Locations;

/// <summary>What a location request asks for, checked: a date with its 28-day rule, and a municipality in scope.</summary>
/// <param name="Date">The date of occupancy.</param>
/// <param name="Absence">The 28-day rule for the date's month, with the maximum in force on the date.</param>
/// <param name="Municipality">The municipality to limit to, or <c>null</c> for all the caller may see.</param>
internal sealed record LocationQuery(LocalDate Date, AbsenceRule Absence, string? Municipality)
{
    /// <summary>The absence maximum on the date.</summary>
    public int MaximumDays => Absence.MaximumDays;

    /// <summary>Reads the query's values; a problem names the field (and a parameter unknown on the date).</summary>
    public static bool TryRead(Caller caller, string? date, string? municipality, ParameterTree parameters, LocalDate today, [NotNullWhen(true)] out LocationQuery? query, [NotNullWhen(false)] out QueryProblem? problem)
    {
        query = null;
        var day = today;
        if (!string.IsNullOrWhiteSpace(date))
        {
            var parsed = LocalDatePattern.Iso.Parse(date.Trim());
            if (!parsed.Success)
            {
                problem = new QueryProblem(400, "date", "not a date (YYYY-MM-DD)", null);
                return false;
            }

            day = parsed.Value;
        }

        var filter = string.IsNullOrWhiteSpace(municipality) ? caller.SearchMunicipality : municipality.Trim();
        if (filter is not null && !caller.MayReadMunicipality(filter))
        {
            problem = new QueryProblem(403, "municipality", "outside your scope: " + filter, null);
            return false;
        }

        if (!AbsenceRule.TryOn(parameters, day, out var absence, out var missing))
        {
            problem = new QueryProblem(400, "date", missing.Message, missing.ParameterId);
            return false;
        }

        query = new LocationQuery(day, absence, filter);
        problem = null;
        return true;
    }
}
