using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Rules.ReceptionQuality;

namespace Overgang.Registry.Population;

/// <summary>The quality rows of the demo registry for its municipal locations: target groups, inspections, complaints, conversions, reported occupancy.</summary>
/// <param name="TargetGroups">Target-group periods.</param>
/// <param name="Inspections">Inspections.</param>
/// <param name="Findings">Their findings.</param>
/// <param name="Complaints">Complaints.</param>
/// <param name="Conversions">Planned conversions.</param>
/// <param name="Occupancy">Reported occupancy by status holders and asylum seekers.</param>
public sealed record QualityDemo(
    ImmutableArray<LocationTargetGroup> TargetGroups,
    ImmutableArray<LocationInspection> Inspections,
    ImmutableArray<InspectionFinding> Findings,
    ImmutableArray<LocationComplaint> Complaints,
    ImmutableArray<LocationConversion> Conversions,
    ImmutableArray<LocationOccupancy> Occupancy)
{
    private static readonly string[] Inspectors = ["Gemeente, team opvang", "Gemeentelijk toezicht", "GGD-inspectie"];

    private static readonly string[] Texts =
    [
        "У кімнаті живуть шестеро людей, яких я раніше не знала. Прошу про окрему кімнату для мене й доньки.",
        "Пральна машина не працює вже три тижні, і ніхто не відповідає на наші звернення.",
        "Ми не знаємо, до кого звертатися, коли потрібен лікар. Прошу пояснити, як це працює.",
        "De verwarming in onze kamer doet het al twee weken niet.",
        "The kitchen is shared by forty people and there is not enough time to cook for the children.",
        "Уночі в коридорі дуже гучно, діти не можуть спати. Прошу вжити заходів.",
    ];

    /// <summary>
    /// Draws the rows for <paramref name="locations"/> (COA locations get none) from <paramref name="seed"/>, with its own
    /// random stream so that the persons and locations stay what they were; the same seed gives the same rows.
    /// </summary>
    /// <remarks>The shares (inspections at about 60% of locations, complaints at 15%, conversions at 8%) are illustrative, not calibrated.</remarks>
    public static QualityDemo For(IReadOnlyList<ReceptionLocation> locations, int seed, Instant at)
    {
        ArgumentNullException.ThrowIfNull(locations);
        var random = new Random(unchecked(seed * 31 + 16));
        var checklist = QualityChecklist.Default;
        var groups = ImmutableArray.CreateBuilder<LocationTargetGroup>();
        var inspections = ImmutableArray.CreateBuilder<LocationInspection>();
        var findings = ImmutableArray.CreateBuilder<InspectionFinding>();
        var complaints = ImmutableArray.CreateBuilder<LocationComplaint>();
        var conversions = ImmutableArray.CreateBuilder<LocationConversion>();
        var occupancy = ImmutableArray.CreateBuilder<LocationOccupancy>();
        var flexible = new LocalDate(2026, 5, 1);
        foreach (var location in locations.Where(l => l.Kind != "coa").OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            groups.Add(new LocationTargetGroup { LocationId = location.Id, TargetGroup = QualityNames.Of(TargetGroup.Displaced), From = location.Opened, Until = location.Closed });
            var extra = random.NextDouble();
            if (location.Closed is null && extra < 0.25)
            {
                var group = extra < 0.05 ? TargetGroup.AsylumSeekers : TargetGroup.StatusHolders;
                var from = flexible.PlusDays(random.Next(0, 90));
                groups.Add(new LocationTargetGroup { LocationId = location.Id, TargetGroup = QualityNames.Of(group), From = from });
                foreach (var month in new[] { 7, 9 })
                {
                    occupancy.Add(new LocationOccupancy { LocationId = location.Id, Date = new LocalDate(2026, month, 1), TargetGroup = QualityNames.Of(group), Residents = 1 + random.Next(Math.Max(1, location.Capacity / 10)) });
                }
            }

            if (random.NextDouble() < 0.6)
            {
                var day = new LocalDate(2025, 2, 1).PlusDays(random.Next(0, 270));
                inspections.Add(new LocationInspection { LocationId = location.Id, InspectedOn = day, Inspector = Inspectors[random.Next(Inspectors.Length)], RecordedBy = "generate", RecordedAt = at, Version = 1 });
                foreach (var criterion in checklist.On(day))
                {
                    var draw = random.NextDouble();
                    var result = criterion.Mandatory
                        ? draw < 0.9 ? FindingResult.Met : draw < 0.95 ? FindingResult.NotMet : FindingResult.NotAssessed
                        : draw < 0.7 ? FindingResult.Met : draw < 0.9 ? FindingResult.NotMet : FindingResult.NotAssessed;
                    findings.Add(new InspectionFinding { LocationId = location.Id, InspectedOn = day, CriterionId = criterion.Id, Result = QualityNames.Of(result) });
                }
            }

            if (random.NextDouble() < 0.15)
            {
                var count = 1 + random.Next(3);
                for (var i = 1; i <= count; i++)
                {
                    var received = new LocalDate(2025, 3, 1).PlusDays(random.Next(0, 240));
                    var step = random.Next(3);
                    var text = Texts[random.Next(Texts.Length)];
                    var language = text.Any(c => c is >= 'А' and <= 'я') ? "uk" : text.StartsWith("The", StringComparison.Ordinal) ? "en" : "nl";
                    complaints.Add(new LocationComplaint
                    {
                        Reference = location.Id + "-K" + i.ToString(CultureInfo.InvariantCulture),
                        LocationId = location.Id,
                        ReceivedOn = received,
                        Category = ComplaintCodes.Categories[random.Next(ComplaintCodes.Categories.Length)],
                        Language = language,
                        Text = text,
                        Status = ComplaintCodes.Statuses[step],
                        AcknowledgedOn = step >= 1 ? received.PlusDays(3) : null,
                        DecidedOn = step >= 2 ? received.PlusDays(30) : null,
                        Outcome = step >= 2 ? ComplaintCodes.Outcomes[random.Next(ComplaintCodes.Outcomes.Length)] : null,
                        ChangedBy = "generate",
                        ChangedAt = at,
                        Version = 1,
                    });
                }
            }

            if (random.NextDouble() < 0.08 && location.Capacity > 0)
            {
                var planned = new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 540));
                conversions.Add(new LocationConversion { LocationId = location.Id, Places = Math.Max(1, location.Capacity / 2), PlannedOn = planned, DoneOn = planned < new LocalDate(2026, 6, 1) ? planned : null, Version = 1 });
            }
        }

        return new QualityDemo(groups.ToImmutable(), inspections.ToImmutable(), findings.ToImmutable(), complaints.ToImmutable(), conversions.ToImmutable(), occupancy.ToImmutable());
    }
}
