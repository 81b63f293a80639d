using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Files;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Platform;

/// <summary>
/// The monthly report to the EU temporary-protection platform (002:948-954): the registrations of temporary protection
/// in the Netherlands active and inactive on the last day of a month, new in it and ended in it by reason, each by age
/// group and sex. Aggregates only: no name, no person id (docs/platform-report.md).
/// </summary>
/// <remarks>
/// Reproducible for a past month: it reads only facts dated on or before the month's last day (a registration's first
/// and last day, a return departure, a registration in another member state) and the last day of protection in force
/// on that day; facts dated later, and the day the report is made, change nothing.
/// </remarks>
public sealed record PlatformReport(
    YearMonth Month,
    LocalDate LastDay,
    ImmutableArray<string> AgeGroups,
    ImmutableArray<string> Sexes,
    ImmutableArray<PlatformRow> Rows)
{
    /// <summary>The member state whose registrations the registry keeps.</summary>
    public const string MemberState = "NL";

    /// <summary>The protection ended with the end of temporary protection in the Netherlands (the parameters' last day).</summary>
    public const string ReasonProtectionEnded = "protection-ended";

    /// <summary>The person left on the return programme: a signed commitment with a departure on or before the registration's last day.</summary>
    public const string ReasonReturn = "return";

    /// <summary>The person registered for protection in another member state after this registration began (by the month's end).</summary>
    public const string ReasonOtherMemberState = "other-member-state";

    /// <summary>The registry records the last day but no fact that says why.</summary>
    public const string ReasonUnknown = "unknown";

    /// <summary>The sexes always reported (others found in the registry are added after them).</summary>
    private static readonly string[] _sexes = ["F", "M", "X"];

    private static readonly Lazy<ImmutableArray<(string Label, int FromAge)>> _ageGroups = new(ReadAgeGroups);

    /// <summary>The end reasons, in report order.</summary>
    public static ImmutableArray<string> Reasons { get; } = [ReasonProtectionEnded, ReasonReturn, ReasonOtherMemberState, ReasonUnknown];

    /// <summary>The total of a measure (and, for ended registrations, optionally one reason).</summary>
    public int Total(PlatformMeasure measure, string? reason = null) =>
        Rows.Where(r => r.Measure == measure && (reason is null || r.Reason == reason)).Sum(r => r.Count);

    /// <summary>Computes the report for a month from the registry as it is.</summary>
    public static PlatformReport Compute(RegistryContext context, YearMonth month, ParameterTree parameters)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parameters);
        var first = month.OnDayOfMonth(1);
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        LocalDate? protectionLastDay = ProtectionEnd.TryLastDay(parameters, last, out var day, out _) ? day : null;
        var registrations = context.Protections.AsNoTracking().Where(r => r.MemberState == MemberState)
            .Join(context.Persons.AsNoTracking(), r => r.PersonId, p => p.Id, (r, p) => new { r.PersonId, r.Since, r.Until, p.BirthDate, p.Sex })
            .AsEnumerable().Where(r => r.Since <= last).ToList();
        var departures = context.ReturnCommitments.AsNoTracking().Where(c => c.CommitmentSigned).Select(c => new { c.PersonId, c.DepartureDate })
            .AsEnumerable().Where(c => c.DepartureDate <= last).ToLookup(c => c.PersonId, c => c.DepartureDate, StringComparer.Ordinal);
        var elsewhere = context.Protections.AsNoTracking().Where(r => r.MemberState != MemberState).Select(r => new { r.PersonId, r.Since })
            .AsEnumerable().Where(r => r.Since <= last).ToLookup(r => r.PersonId, r => r.Since, StringComparer.Ordinal);

        var groups = _ageGroups.Value;
        var sexes = _sexes.Concat(registrations.Select(r => r.Sex).Where(s => !_sexes.Contains(s)).Distinct().Order(StringComparer.Ordinal)).ToImmutableArray();
        var counts = new Dictionary<(PlatformMeasure, string, string, string), int>();
        void Count(PlatformMeasure measure, string reason, string group, string sex) =>
            counts[(measure, reason, group, sex)] = counts.GetValueOrDefault((measure, reason, group, sex)) + 1;

        foreach (var registration in registrations)
        {
            var group = AgeGroup(groups, registration.BirthDate, last);
            var byRule = registration.Until is not { } until || protectionLastDay is { } end && end < until;
            var lastDay = byRule ? protectionLastDay : registration.Until;
            var ended = lastDay is { } d && d <= last;
            Count(ended ? PlatformMeasure.Inactive : PlatformMeasure.Active, "", group, registration.Sex);
            if (registration.Since >= first)
            {
                Count(PlatformMeasure.New, "", group, registration.Sex);
            }

            if (ended && lastDay >= first)
            {
                var reason = byRule ? ReasonProtectionEnded
                    : departures[registration.PersonId].Any(d => d >= registration.Since && d <= lastDay) ? ReasonReturn
                    : elsewhere[registration.PersonId].Any(s => s > registration.Since) ? ReasonOtherMemberState
                    : ReasonUnknown;
                Count(PlatformMeasure.Ended, reason, group, registration.Sex);
            }
        }

        var rows = ImmutableArray.CreateBuilder<PlatformRow>();
        foreach (var measure in Enum.GetValues<PlatformMeasure>())
        {
            foreach (var reason in measure == PlatformMeasure.Ended ? Reasons : [""])
            {
                foreach (var (label, _) in groups)
                {
                    foreach (var sex in sexes)
                    {
                        rows.Add(new PlatformRow(measure, reason, label, sex, counts.GetValueOrDefault((measure, reason, label, sex))));
                    }
                }
            }
        }

        return new PlatformReport(month, last, [.. groups.Select(g => g.Label)], sexes, rows.ToImmutable());
    }

    /// <summary>The name of a measure in the CSV and JSON.</summary>
    public static string NameOf(PlatformMeasure measure) => measure switch
    {
        PlatformMeasure.Active => "active",
        PlatformMeasure.Inactive => "inactive",
        PlatformMeasure.New => "new",
        PlatformMeasure.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>The report as CSV: one row per measure, reason, age group and sex, zero counts included.</summary>
    public string ToCsv() => CsvFileWriter.ToText(csv =>
    {
        csv.Header("month", "member_state", "measure", "reason", "age_group", "sex", "count");
        var month = MonthText;
        foreach (var row in Rows)
        {
            csv.Text(month).Text(MemberState).Text(NameOf(row.Measure)).Text(row.Reason).Text(row.AgeGroup).Text(row.Sex).Number(row.Count).EndRow();
        }
    });

    /// <summary>The report as an indented JSON document: totals, ended by reason, and the rows of the CSV.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("month", MonthText);
            json.WriteString("memberState", MemberState);
            json.WriteString("lastDay", LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteStrings(json, "ageGroups", AgeGroups);
            WriteStrings(json, "sexes", Sexes);
            json.WriteStartObject("totals");
            foreach (var measure in Enum.GetValues<PlatformMeasure>())
            {
                json.WriteNumber(NameOf(measure), Total(measure));
            }

            json.WriteEndObject();
            json.WriteStartObject("endedByReason");
            foreach (var reason in Reasons)
            {
                json.WriteNumber(reason, Total(PlatformMeasure.Ended, reason));
            }

            json.WriteEndObject();
            json.WriteStartArray("rows");
            foreach (var row in Rows)
            {
                json.WriteStartObject();
                json.WriteString("measure", NameOf(row.Measure));
                if (row.Reason.Length == 0)
                {
                    json.WriteNull("reason");
                }
                else
                {
                    json.WriteString("reason", row.Reason);
                }

                json.WriteString("ageGroup", row.AgeGroup);
                json.WriteString("sex", row.Sex);
                json.WriteNumber("count", row.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private string MonthText => Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static void WriteStrings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string AgeGroup(ImmutableArray<(string Label, int FromAge)> groups, LocalDate birthDate, LocalDate on)
    {
        var age = birthDate > on ? 0 : Period.Between(birthDate, on, PeriodUnits.Years).Years;
        var label = groups[0].Label;
        foreach (var (groupLabel, fromAge) in groups)
        {
            if (age >= fromAge)
            {
                label = groupLabel;
            }
        }

        return label;
    }

    private static ImmutableArray<(string Label, int FromAge)> ReadAgeGroups()
    {
        using var stream = typeof(PlatformReport).Assembly.GetManifestResourceStream("Overgang.Registry.Platform.platform-age-groups.csv")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1);
        return [.. lines.Select(l => l.Split(',')).Select(f => (f[0], int.Parse(f[1], NumberStyles.None, CultureInfo.InvariantCulture))).OrderBy(g => g.Item2)];
    }
}
