using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;
using Overgang.Rules.Texts;

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
    /// <param name="checklist">The criteria and parameters.</param>
    /// <param name="municipalityCode">The municipality that runs the location (the follow-up tasks are its).</param>
    /// <param name="findings">The inspections' findings.</param>
    /// <param name="day">The day.</param>
    /// <param name="municipalityName">The municipality's name, as a page names it in the follow-up (its code when not given).</param>
    public static QualityOutcome Evaluate(QualityChecklist checklist, string municipalityCode, IEnumerable<QualityFinding> findings, LocalDate day, string? municipalityName = null)
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
                    ExplanationItem.Worded(QualityRuleIds.Criterion, cite, TextPhrase.Of("quality.criterion.not-inspected", Named(criterion), Arg.Date("day", day)), null)));
                continue;
            }

            var template = "quality.criterion." + QualityNames.Of(finding.Result);
            statuses.Add(new CriterionStatus(criterion, finding.Result, finding.InspectedOn,
                ExplanationItem.Worded(QualityRuleIds.Criterion, cite, TextPhrase.Of(template, Named(criterion), Arg.Date("inspected", finding.InspectedOn), Arg.Date("day", day)), null)));
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
            var municipality = municipalityName ?? municipalityCode;
            var phrase = TextPhrase.Of(term.IsProvisional ? "quality.follow-up.assumed" : "quality.follow-up", Named(criterion), Arg.Date("inspected", finding.InspectedOn),
                Arg.Named("municipality", municipalityCode, municipality, municipality, municipality), Arg.Date("due", due), Arg.Number("days", days));
            tasks.Add(new FollowUpTask(criterion.Id, municipalityCode, finding.InspectedOn, due, term.IsProvisional,
                ExplanationItem.Worded(QualityRuleIds.FollowUp, checklist.Cite(term), phrase, null)));
        }

        var all = statuses.ToImmutable();
        var status = StatusOf(all.Where(s => s.Criterion.Mandatory));
        var additional = StatusOf(all.Where(s => !s.Criterion.Mandatory));
        var notMet = all.Where(s => s.Result == FindingResult.NotMet).Select(s => s.Criterion.Id).ToImmutableArray();
        var mandatoryNotMet = all.Where(s => s.Criterion.Mandatory && s.Result == FindingResult.NotMet).Select(s => s.Criterion).ToList();
        var mandatoryNotAssessed = all.Where(s => s.Criterion.Mandatory && s.Result == FindingResult.NotAssessed).Select(s => s.Criterion).ToList();
        var additionalNotMet = all.Where(s => !s.Criterion.Mandatory && s.Result == FindingResult.NotMet).Select(s => s.Criterion).ToList();
        var overallTemplate = "quality.overall." + QualityNames.Of(status) + (additionalNotMet.Count == 0 ? "" : ".additional");
        var overall = ExplanationItem.Worded(QualityRuleIds.Overall, checklist.Sources[checklist.Criteria[0].SourceId].Cite, TextPhrase.Of(overallTemplate,
            Arg.Date("day", day),
            Criteria("criteria", status == QualityStatus.DoesNotMeet ? mandatoryNotMet : mandatoryNotAssessed),
            Criteria("additional", additionalNotMet)), null);
        ImmutableArray<ExplanationItem> explanation = [overall, .. all.Select(s => s.Explanation), .. tasks.Select(t => t.Explanation)];
        return new QualityOutcome.Assessed(new QualityAssessment(day, status, additional, notMet, all, tasks.ToImmutable(), explanation));
    }

    /// <summary>A criterion in an explanation: its id in the explanation, its wording in the language on a page.</summary>
    private static TextArgument Named(QualityCriterion criterion, string placeholder = "criterion") =>
        Arg.Named(placeholder, criterion.Id, criterion.Dutch.TrimEnd('.'), criterion.Ukrainian.TrimEnd('.'), criterion.English.TrimEnd('.'));

    /// <summary>Criteria joined by commas (a template that does not name them ignores the argument).</summary>
    private static TextArgument Criteria(string placeholder, IEnumerable<QualityCriterion> criteria) =>
        Arg.List(placeholder, ",", criteria.Select(c => TextPhrase.Of("named", Named(c, "name"))));

    private static QualityStatus StatusOf(IEnumerable<CriterionStatus> statuses)
    {
        var list = statuses.ToList();
        return list.Any(s => s.Result == FindingResult.NotMet) ? QualityStatus.DoesNotMeet
            : list.Any(s => s.Result == FindingResult.NotAssessed) ? QualityStatus.NotFullyAssessed
            : QualityStatus.Meets;
    }
}
