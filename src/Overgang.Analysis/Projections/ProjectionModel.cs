using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Analysis.Projections;

/// <summary>
/// The monthly cohort model behind the projections. Before protection ends, arrivals enter a cohort of age zero and
/// each cohort leaves at the published rates (the first half year, the second, then a monthly rate). In the first month
/// after the last day of protection, everyone present takes a path (other status, return programme, transition
/// document, asylum) by the assumed shares; then return participants leave evenly over the reception months, the others
/// leave at the monthly rate, and new arrivals apply for asylum. A share of those on the document and asylum paths is on a
/// transitional stay (medical treatment, completing the school year; 002:906-934): they keep their reception as before
/// protection ended until the stay's months are over, then follow their path where its wind-down stands.
/// </summary>
/// <remarks>Every number comes from the assumptions; the model itself holds only its structure.</remarks>
internal sealed class ProjectionModel
{
    private const int FirstHalfYear = 6;
    private const int Year = 12;
    private readonly ImmutableArray<YearMonth> _months;
    private readonly ImmutableDictionary<string, Assumption> _assumptions;
    private readonly ImmutableArray<(string Id, int Value)> _uncertain;

    public ProjectionModel(ImmutableArray<YearMonth> months, ImmutableDictionary<string, Assumption> assumptions)
    {
        _months = months;
        _assumptions = assumptions;
        _uncertain = [.. assumptions.Values.OrderBy(a => a.Id, StringComparer.Ordinal)
            .SelectMany(a => a.Values.Select((v, i) => (a.Id, i, v)).Where(x => x.v.IsUncertain).Select(x => (x.Id, x.i)))];
    }

    /// <summary>The number of uncertain values: the dimensions of a draw.</summary>
    public int Dimensions => _uncertain.Length;

    /// <summary>Draws the uncertain values (triangular distributions), in a fixed order.</summary>
    public Dictionary<(string Id, int Value), double> Draw(Random random)
    {
        var drawn = new Dictionary<(string, int), double>(_uncertain.Length);
        foreach (var key in _uncertain)
        {
            var value = _assumptions[key.Id].Values[key.Value];
            drawn[key] = Triangular(random.NextDouble(), value.Low!.Value, value.Value, value.High!.Value);
        }

        return drawn;
    }

    /// <summary>The central values (no draw).</summary>
    public static Dictionary<(string Id, int Value), double> Central => [];

    /// <summary>Runs the model with drawn values (missing keys take the central value).</summary>
    public ProjectionDraw Run(IReadOnlyDictionary<(string Id, int Value), double> drawn)
    {
        var n = _months.Length;
        double[] Series(string id)
        {
            var assumption = _assumptions[id];
            var values = new double[n];
            for (var t = 0; t < n; t++)
            {
                var index = -1;
                for (var i = 0; i < assumption.Values.Length && assumption.Values[i].From <= _months[t]; i++)
                {
                    index = i;
                }

                values[t] = index < 0 ? 0 : drawn.TryGetValue((id, index), out var d) ? d : assumption.Values[index].Value;
            }

            return values;
        }

        double First(string id) => Series(id)[0];
        var lastDay = _assumptions["protection.last-day"].Values[0].Date!.Value;
        var arrivals = Series("arrivals.monthly");
        var arrivalsAfter = Series("arrivals.after-end-monthly");
        var halfYear = Series("departures.first-half-year");
        var year = Series("departures.first-year");
        var later = Series("departures.after-first-year");
        var receptionShare = Series("reception.municipal-share");
        var otherShare = Series("paths.other-status");
        var returnShare = Series("paths.return-programme");
        var documentShare = Series("paths.transition-document");
        var returnMonths = Math.Max(1, (int)Math.Round(First("return.reception-months")));
        var windDown = Math.Max(1, (int)Math.Round(First("reception.wind-down-months")));
        var assistanceShare = Series("social-assistance.share");
        var intake = Math.Max(1, (int)Math.Round(First("social-assistance.intake-months")));
        var stayShare = Series("stays.share");
        var stayMonths = Math.Max(1, (int)Math.Round(First("stays.months")));

        var draw = new ProjectionDraw(n);
        var cohorts = new double[Year + 1];
        cohorts[Year] = First("population.start");
        double holders = 0, asylum = 0, other = 0, returners = 0, returnersAtEnd = 0, holdersAtEnd = 0, stayers = 0, holderStayShare = 0;
        var endMonth = -1;
        for (var t = 0; t < n; t++)
        {
            var start = cohorts.Sum() + holders + asylum + other + returners;
            draw.Start[t] = start;
            var first = _months[t].OnDayOfMonth(1);
            var ended = first > lastDay;
            if (ended && endMonth < 0)
            {
                endMonth = t;
                var present = cohorts.Sum();
                Array.Clear(cohorts);
                other = present * otherShare[t] / 100;
                returners = returnersAtEnd = present * returnShare[t] / 100;
                holders = holdersAtEnd = (present - other - returners) * documentShare[t] / 100;
                asylum = present - other - returners - holders;
                stayers = (holders + asylum) * stayShare[t] / 100;
                holderStayShare = holders + asylum > 0 ? holders / (holders + asylum) : 0;
                draw.Documents[t] = holders;
                draw.HealthInsurance[t] = holders;
                draw.AsylumApplications[t] = asylum;
            }

            double departures;
            double arrived;
            if (!ended)
            {
                var h1 = 1 - Math.Pow(1 - (halfYear[t] / 100), 1.0 / FirstHalfYear);
                var h2 = 1 - Math.Pow((1 - (year[t] / 100)) / (1 - (halfYear[t] / 100)), 1.0 / FirstHalfYear);
                var h3 = later[t] / 100;
                departures = 0;
                for (var age = 0; age <= Year; age++)
                {
                    var rate = age < FirstHalfYear ? h1 : age < Year ? h2 : h3;
                    var leaving = cohorts[age] * rate;
                    cohorts[age] -= leaving;
                    departures += leaving;
                }

                cohorts[Year] += cohorts[Year - 1];
                Array.Copy(cohorts, 0, cohorts, 1, Year - 1);
                arrived = arrivals[t];
                cohorts[0] = arrived;
                draw.Reception[t] = cohorts.Sum() * receptionShare[t] / 100;
            }
            else
            {
                var rate = later[t] / 100;
                var leavingReturn = Math.Min(returners, returnersAtEnd / returnMonths);
                var leavingHolders = holders * rate;
                var leavingAsylum = asylum * rate;
                var leavingOther = other * rate;
                returners -= leavingReturn;
                holders -= leavingHolders;
                asylum -= leavingAsylum;
                other -= leavingOther;
                departures = leavingReturn + leavingHolders + leavingAsylum + leavingOther;
                arrived = arrivalsAfter[t];
                asylum += arrived;
                draw.AsylumApplications[t] += arrived;
                var since = t - endMonth;
                if (since < intake)
                {
                    draw.SocialAssistance[t] = holdersAtEnd * assistanceShare[endMonth] / 100 / intake;
                }

                // Those on a stay leave at the same rate as the others; when the stay is over they are counted with their path.
                stayers = since < stayMonths ? stayers * (1 - rate) : 0;
                var holdersWithoutStay = holders - (stayers * holderStayShare);
                draw.TransitionalStays[t] = stayers;
                draw.Reception[t] = returners + (receptionShare[t] / 100 * ((holdersWithoutStay * Math.Max(0, 1 - ((since + 1) / (double)windDown))) + stayers));
            }

            draw.Arrivals[t] = arrived;
            draw.Departures[t] = departures;
            draw.End[t] = start + arrived - departures;
            draw.ReturnParticipants[t] = returners;
        }

        return draw;
    }

    private static double Triangular(double u, double low, double mode, double high)
    {
        if (high <= low)
        {
            return mode;
        }

        var split = (mode - low) / (high - low);
        return u < split
            ? low + Math.Sqrt(u * (high - low) * (mode - low))
            : high - Math.Sqrt((1 - u) * (high - low) * (high - mode));
    }
}
