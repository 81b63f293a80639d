using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Parameters;
using Overgang.Web.Security;

namespace Overgang.Web.Locations;

/// <summary>What a location request asks for, checked: a date with its 28-day maximum, and a municipality in scope.</summary>
/// <param name="Date">The date of occupancy.</param>
/// <param name="MaximumDays">The absence maximum on that date.</param>
/// <param name="Municipality">The municipality to limit to, or <c>null</c> for all the caller may see.</param>
internal sealed record LocationQuery(LocalDate Date, int MaximumDays, string? Municipality)
{
    public const string MaximumParameter = "reception.absence-maximum-days";

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

        if (!parameters.TryRead(MaximumParameter, day, out var maximum, out var missing))
        {
            problem = new QueryProblem(400, "date", missing.Message, missing.ParameterId);
            return false;
        }

        query = new LocationQuery(day, (int)maximum.Number, filter);
        problem = null;
        return true;
    }
}
