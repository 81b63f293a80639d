using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Analysis.Monitor;
using Overgang.Letters;
using Overgang.Registry;
using Overgang.Rules;
using Overgang.Web.Languages;
using Overgang.Web.Security;

namespace Overgang.Web.Analysts;

/// <summary>The scores of a period as posted by <c>/analysis/monitor/scores/{period}</c>.</summary>
internal sealed class ScoreForm
{
    /// <summary>The period's version the form was read at.</summary>
    public int Version { get; set; }

    /// <summary>Why the scores are entered or amended.</summary>
    public string? Reason { get; set; }

    /// <summary>One row per indicator, in the order of the page.</summary>
    public List<ScoreFormRow> Rows { get; set; } = [];
}

/// <summary>One indicator on the form.</summary>
internal sealed class ScoreFormRow
{
    /// <summary><c>domain/factor/indicator</c>.</summary>
    public string? Key { get; set; }

    /// <summary>The score, or empty for "not scored".</summary>
    public string? Score { get; set; }

    /// <summary>Source and justification.</summary>
    public string? Justification { get; set; }
}

/// <summary>One indicator of the scoring page.</summary>
/// <param name="Key"><c>domain/factor/indicator</c>.</param>
/// <param name="Factor">The factor in the page's language.</param>
/// <param name="Indicator">The indicator in the page's language.</param>
/// <param name="Score">The current score, or <c>null</c>.</param>
/// <param name="Justification">The current justification when entered, else empty.</param>
internal sealed record ScoringRow(string Key, string Factor, string Indicator, int? Score, string Justification);

/// <summary>
/// The scoring page of a period: every indicator with its current score, the factor and domain means (shipped and entered
/// scores), and the history of every entered and amended score. Storing goes through <see cref="EnterScores"/>, the use
/// case of the command line and the API.
/// </summary>
internal sealed record ScoringPage(string Period, string Title, int Version, ImmutableArray<ScoringRow> Rows, AnalystTable Means, AnalystTable History)
{
    /// <summary>The page of a period, or <c>null</c> for an unknown period.</summary>
    public static ScoringPage? Build(RegistryContext registry, string period, LetterLanguage l)
    {
        if (Scorecards.Default.Periods.All(p => p.Id != period))
        {
            return null;
        }

        var current = EnterScores.Current(registry, Scorecards.Default).Periods.Single(p => p.Id == period);
        var rows = current.AllIndicators().Select(x => new ScoringRow(
            Key(x.Domain.Id, x.Factor.Id, x.Indicator.Id),
            AnalystTexts.Factor(x.Factor.Id, x.Factor.Title, l),
            AnalystTexts.Indicator(x.Indicator.Id, x.Indicator.Title, l),
            x.Indicator.Score,
            x.Indicator.Version > 0 ? x.Indicator.Source : "")).ToImmutableArray();
        var means = new AnalystTable(
            "scoring-means",
            l.T("Gemiddelde per factor en domein", "Середнє за чинником і сферою", "Mean per factor and domain"),
            [l.T("Factor", "Чинник", "Factor"), l.T("Gescoorde indicatoren", "Оцінені індикатори", "Indicators scored"), l.T("Gemiddelde", "Середнє", "Mean")],
            [false, true, true],
            [.. current.Domains.SelectMany(d => new[] { ImmutableArray.Create(AnalystTexts.Domain(d.Id, d.Title, l), Count(d.Factors.Sum(f => f.Scored), d.Factors.Sum(f => f.Indicators.Length), l), Mean(d.Mean, l)) }
                .Concat(d.Factors.Select(f => ImmutableArray.Create(AnalystTexts.Factor(f.Id, f.Title, l), Count(f.Scored, f.Indicators.Length, l), Mean(f.Mean, l)))))],
            [.. current.Domains.SelectMany(d => new[] { d.Id }.Concat(d.Factors.Select(f => d.Id + "/" + f.Id)))]);
        var history = EnterScores.History(registry, period);
        var titles = current.AllIndicators().ToDictionary(x => Key(x.Domain.Id, x.Factor.Id, x.Indicator.Id), x => AnalystTexts.Factor(x.Factor.Id, x.Factor.Title, l) + ": " + AnalystTexts.Indicator(x.Indicator.Id, x.Indicator.Title, l), StringComparer.Ordinal);
        var historyTable = new AnalystTable(
            "scoring-history",
            l.T("Geschiedenis: elke ingevoerde en gewijzigde score", "Історія: кожна введена та змінена оцінка", "History: every entered and amended score"),
            [l.T("Indicator", "Індикатор", "Indicator"), l.T("Versie", "Версія", "Version"), l.T("Oud", "Було", "Old"), l.T("Nieuw", "Стало", "New"), l.T("Door", "Ким", "By"), l.T("Op", "Коли", "On"), l.T("Reden", "Причина", "Reason")],
            [false, true, true, true, false, false, false],
            [.. history.Select(e => ImmutableArray.Create(
                titles.GetValueOrDefault(Key(e.Domain, e.Factor, e.Indicator), e.Indicator),
                Numbers.Count(e.Version, l),
                Score(e.PreviousScore, l),
                Score(e.Score, l),
                e.Actor[(e.Actor.IndexOf(':', StringComparison.Ordinal) + 1)..],
                l.Date(LegalDay.Of(e.At)) + " " + e.At.InZone(LegalDay.Zone).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture),
                e.Reason))],
            [.. history.Select(e => Key(e.Domain, e.Factor, e.Indicator) + "/" + e.Version.ToString(CultureInfo.InvariantCulture))],
            Entered: [false, false, false, false, true, false, true]);
        return new ScoringPage(period, AnalystTexts.Period(period, l), EnterScores.Version(registry, period), rows, means, historyTable);
    }

    /// <summary>Stores the form's scores: rows left "not scored" are skipped; unchanged rows store nothing.</summary>
    public static ScoreEntryOutcome Submit(RegistryContext registry, IClock clock, Caller caller, string period, ScoreForm form)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(form);
        var scores = form.Rows.Select((r, i) => (Row: r, Line: i + 1)).Where(r => !string.IsNullOrWhiteSpace(r.Row.Score)).Select(r =>
        {
            var parts = (r.Row.Key ?? "").Split('/');
            return new ScoreInput(r.Line, parts.ElementAtOrDefault(0) ?? "", parts.ElementAtOrDefault(1) ?? "", parts.ElementAtOrDefault(2) ?? "", r.Row.Score!.Trim(), r.Row.Justification?.Trim() ?? "");
        });
        return EnterScores.Run(registry, Scorecards.Default, clock, new ScoreEntryRequest(period, form.Version, caller.Actor, form.Reason?.Trim() ?? "", [.. scores]));
    }

    /// <summary>A form field's id: <c>reason</c>, or <c>score-3</c> / <c>justification-3</c> for a row (from 1).</summary>
    public static string FieldId(ScoreError error) => error.Line > 0 ? (error.Field == "justification" ? "justification-" : "score-") + error.Line.ToString(CultureInfo.InvariantCulture) : "reason";

    /// <summary>An error in the page's language.</summary>
    public static string Message(ScoreError error, LetterLanguage l) => error.Field switch
    {
        "reason" => l.T("Geef de reden voor deze scores.", "Зазначте причину цих оцінок.", "Give the reason for these scores."),
        "justification" => l.T($"Rij {error.Line}: geef de bron en onderbouwing van de score.", $"Рядок {error.Line}: зазначте джерело й обґрунтування оцінки.", $"Row {error.Line}: give the source and justification of the score."),
        "score" => l.T($"Rij {error.Line}: kies een score van −2 tot +2.", $"Рядок {error.Line}: виберіть оцінку від −2 до +2.", $"Row {error.Line}: choose a score from −2 to +2."),
        "scores" => l.T("Geef ten minste één score.", "Введіть принаймні одну оцінку.", "Give at least one score."),
        _ => l.T($"Rij {error.Line}: deze indicator hoort niet bij dit rapport.", $"Рядок {error.Line}: цей індикатор не належить до цього звіту.", $"Row {error.Line}: this indicator is not part of this report."),
    };

    /// <summary>A score with its sign, or "not scored yet".</summary>
    public static string Score(int? score, LetterLanguage l) => score switch
    {
        null => MonitorPage.NotScoredYet(l),
        > 0 => "+" + Numbers.Count(score.Value, l),
        < 0 => "−" + Numbers.Count(-score.Value, l),
        _ => Numbers.Count(0, l),
    };

    private static string Key(string domain, string factor, string indicator) => domain + "/" + factor + "/" + indicator;

    private static string Count(int scored, int of, LetterLanguage l) => Numbers.Count(scored, l) + " / " + Numbers.Count(of, l);

    private static string Mean(double? mean, LetterLanguage l) =>
        mean is { } m ? (Math.Abs(m) < 0.005 ? "" : m > 0 ? "+" : "−") + AnalystTexts.Decimal(Math.Abs(m), 2, l) : MonitorPage.NotScoredYet(l);
}
