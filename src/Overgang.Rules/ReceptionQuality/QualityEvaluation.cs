using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>
/// Evaluates a location's inspection findings against the quality checklist on a day (pure).
/// </summary>
/// <remarks>
/// Per criterion that applies on the day the latest finding on or before the day counts; a criterion no inspection
/// named is not assessed. The location's status is taken over the mandatory (RooO) criteria: does not meet when one is
/// not met, else not fully assessed when one is not assessed, else meets; the additional (AEF) criteria get their own
/// status in the same way, since they are not mandatory (004:432-435). Every criterion not met (mandatory or not: the
/// letter asks municipalities to improve step by step, 004:488-495) gives a follow-up task for the municipality that
/// runs the location, due the follow-up term after the inspection (an own assumption: the sources set no term).
/// </remarks>
public static class QualityEvaluation
{
    /// <summary>Evaluates the findings of a location run by <paramref name="municipalityCode"/> on <paramref name="day"/>.</summary>
    public static QualityOutcome Evaluate(QualityChecklist checklist, string municipalityCode, IEnumerable<QualityFinding> findings, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(municipalityCode);
        ArgumentNullException.ThrowIfNull(findings);
        var latest = findings
            .Where(f => f.InspectedOn <= day)
            .GroupBy(f => f.CriterionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.InspectedOn).Last(), StringComparer.Ordinal);
        var statuses = ImmutableArray.CreateBuilder<CriterionStatus>();
        var tasks = ImmutableArray.CreateBuilder<FollowUpTask>();
        foreach (var criterion in checklist.On(day))
        {
            var cite = checklist.Cite(criterion);
            if (!latest.TryGetValue(criterion.Id, out var finding))
            {
                statuses.Add(new CriterionStatus(criterion, FindingResult.NotAssessed, null,
                    new ExplanationItem(QualityRuleIds.Criterion, cite, $"{criterion.Id}: no inspection on or before {Iso(day)} assessed this criterion", null)));
                continue;
            }

            var text = finding.Result switch
            {
                FindingResult.Met => "met",
                FindingResult.NotMet => "not met",
                _ => "not assessed",
            };
            statuses.Add(new CriterionStatus(criterion, finding.Result, finding.InspectedOn,
                new ExplanationItem(QualityRuleIds.Criterion, cite, $"{criterion.Id}: {text} at the inspection of {Iso(finding.InspectedOn)}, the latest on or before {Iso(day)}", null)));
            if (finding.Result != FindingResult.NotMet)
            {
                continue;
            }

            if (!checklist.TryRead(QualityParameterIds.FollowUpDays, finding.InspectedOn, out var term, out var missing))
            {
                return new QualityOutcome.Refused(missing);
            }

            var days = (int)term.Number;
            var due = finding.InspectedOn.PlusDays(days);
            var assumption = term.IsProvisional ? " (own assumption: the sources set no term)" : "";
            tasks.Add(new FollowUpTask(criterion.Id, municipalityCode, finding.InspectedOn, due, term.IsProvisional,
                new ExplanationItem(QualityRuleIds.FollowUp, checklist.Cite(term), $"{criterion.Id} not met on {Iso(finding.InspectedOn)}: municipality {municipalityCode} follows it up by {Iso(due)}, {days} days after the inspection{assumption}", null)));
        }

        var all = statuses.ToImmutable();
        var status = StatusOf(all.Where(s => s.Criterion.Mandatory));
        var additional = StatusOf(all.Where(s => !s.Criterion.Mandatory));
        var notMet = all.Where(s => s.Result == FindingResult.NotMet).Select(s => s.Criterion.Id).ToImmutableArray();
        var mandatoryNotMet = all.Where(s => s.Criterion.Mandatory && s.Result == FindingResult.NotMet).Select(s => s.Criterion.Id).ToList();
        var words = status switch
        {
            QualityStatus.Meets => "meets every mandatory (RooO) criterion",
            QualityStatus.DoesNotMeet => "does not meet the mandatory (RooO) criteria " + string.Join(", ", mandatoryNotMet),
            _ => "not fully assessed: no mandatory criterion is not met, but " + string.Join(", ", all.Where(s => s.Criterion.Mandatory && s.Result == FindingResult.NotAssessed).Select(s => s.Criterion.Id)) + " not assessed",
        };
        var additionalNotMet = all.Where(s => !s.Criterion.Mandatory && s.Result == FindingResult.NotMet).Select(s => s.Criterion.Id).ToList();
        words += additionalNotMet.Count == 0 ? "" : "; additional (AEF, not mandatory) criteria not met: " + string.Join(", ", additionalNotMet);
        var overall = new ExplanationItem(QualityRuleIds.Overall, checklist.Sources[checklist.Criteria[0].SourceId].Cite, $"on {Iso(day)} the location {words}", null);
        ImmutableArray<ExplanationItem> explanation = [overall, .. all.Select(s => s.Explanation), .. tasks.Select(t => t.Explanation)];
        return new QualityOutcome.Assessed(new QualityAssessment(day, status, additional, notMet, all, tasks.ToImmutable(), explanation));
    }

    private static QualityStatus StatusOf(IEnumerable<CriterionStatus> statuses)
    {
        var list = statuses.ToList();
        return list.Any(s => s.Result == FindingResult.NotMet) ? QualityStatus.DoesNotMeet
            : list.Any(s => s.Result == FindingResult.NotAssessed) ? QualityStatus.NotFullyAssessed
            : QualityStatus.Meets;
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);
}
