using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Reports;
using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Analysts.Reforms;

/// <summary>
/// Builds what the result page and its API show from a finished run: three charts labelled in the page's language
/// (through <see cref="AnalysisCharts"/>), each with a text alternative and its table, and every table of
/// <c>overgang simulate</c> (<see cref="ReformTables.All"/>) with its numbers unchanged, only written in the page's language.
/// </summary>
internal static class ReformView
{
    /// <summary>Municipalities drawn one by one; the others are one bar.</summary>
    public const int TopMunicipalities = 20;

    /// <summary>Rows of the table per month and municipality shown on the page (as <c>simulate</c> prints); all in the CSV.</summary>
    public const int MunicipalityMonthRows = 12;

    private static readonly long[] Bands = [100_00, 1_000_00];

    public static ImmutableArray<AnalystChart> Charts(ReformReport report, LetterLanguage l)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [CostPerMonth(report, l), Municipalities(report, l), Households(report, l)];
    }

    /// <summary>Every table of <c>simulate</c>, except the changed parameters (technical: see <see cref="Changes"/>).</summary>
    public static ImmutableArray<AnalystTable> Tables(ReformResult result, LetterLanguage l)
    {
        ArgumentNullException.ThrowIfNull(result);
        // The cost tables are shown by the page's cost section (Costs.CostPage), in the page's language.
        return [.. result.Tables.Where(t => t.Id != "reform-changes" && !t.Id.StartsWith("costs-", StringComparison.Ordinal)).Select(t => Localise(t, result.Report, l))];
    }

    /// <summary>The changed parameters with their sources: for a "technical details" section.</summary>
    public static AnalystTable Changes(ReformResult result, LetterLanguage l)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Localise(result.Tables.Single(t => t.Id == "reform-changes"), result.Report, l);
    }

    /// <summary>Net cost to government per month: allowance plus social assistance minus the own contribution.</summary>
    private static AnalystChart CostPerMonth(ReformReport report, LetterLanguage l)
    {
        var months = report.MonthTotals;
        static decimal Baseline(MoneyDifference m) => (m.AllowanceBaseline + m.SocialAssistanceBaseline - m.ContributionBaseline).Euros;
        static decimal Reformed(MoneyDifference m) => (m.AllowanceReform + m.SocialAssistanceReform - m.ContributionReform).Euros;
        var labels = report.Months.Select(m => ReformTexts.Month(m, l)).ToImmutableArray();
        var title = l.T("Nettokosten per maand: huidige regels en hervorming", "Чисті витрати за місяць: чинні правила і реформа", "Net cost per month: current rules and reform");
        var svg = AnalysisCharts.LineSvg(title, "€", labels,
            [new(l.T("Huidige regels", "Чинні правила", "Current rules"), [.. months.Select(m => (double)Baseline(m))]), new(l.T("Hervorming", "Реформа", "Reform"), [.. months.Select(m => (double)Reformed(m))])],
            v => ReformTexts.Euros((decimal)v, l));
        var baseline = months.Sum(Baseline);
        var reformed = months.Sum(Reformed);
        var (first, last) = (ReformTexts.Month(report.Months[0], l), ReformTexts.Month(report.Months[^1], l));
        var summary = l.T(
            $"Van {first} tot en met {last} kosten leefgeld en bijstand min de eigen bijdrage {ReformTexts.Euros(baseline, l)} onder de huidige regels en {ReformTexts.Euros(reformed, l)} met de hervorming: {Change(reformed - baseline, l)}.",
            $"З {first} до {last} включно допомога на проживання і соціальна допомога мінус власний внесок коштують {ReformTexts.Euros(baseline, l)} за чинними правилами і {ReformTexts.Euros(reformed, l)} з реформою: {Change(reformed - baseline, l)}.",
            $"From {first} to {last} the living allowance and social assistance minus the own contribution cost {ReformTexts.Euros(baseline, l)} under the current rules and {ReformTexts.Euros(reformed, l)} with the reform: {Change(reformed - baseline, l)}.");
        var table = new AnalystTable("cost-per-month", title + " (€)",
            [l.T("Maand", "Місяць", "Month"), l.T("Huidige regels (€)", "Чинні правила (€)", "Current rules (€)"), l.T("Hervorming (€)", "Реформа (€)", "Reform (€)"), l.T("Verschil (€)", "Різниця (€)", "Difference (€)")],
            [false, true, true, true],
            [.. months.Select((m, i) => Row(labels[i], Amount(Baseline(m), l), Amount(Reformed(m), l), Signed(Reformed(m) - Baseline(m), l))),
                Row(ReformTexts.Total(l), Amount(baseline, l), Amount(reformed, l), Signed(reformed - baseline, l))], []);
        return new AnalystChart("cost-per-month", title, svg, summary, table);
    }

    /// <summary>The change in net cost per municipality, the largest changes first, the rest as one bar.</summary>
    private static AnalystChart Municipalities(ReformReport report, LetterLanguage l)
    {
        static decimal Baseline(MoneyDifference m) => (m.AllowanceBaseline + m.SocialAssistanceBaseline - m.ContributionBaseline).Euros;
        static decimal Reformed(MoneyDifference m) => (m.AllowanceReform + m.SocialAssistanceReform - m.ContributionReform).Euros;
        var ranked = report.Municipalities; // largest net change first (ReformSimulation)
        var top = ranked.Take(TopMunicipalities).ToList();
        var rest = ranked.Skip(TopMunicipalities).ToList();
        var rows = top.Select(m => (Name: m.Label, Baseline: Baseline(m), Reform: Reformed(m))).ToList();
        if (rest.Count > 0)
        {
            rows.Add((l.T($"Overige {rest.Count} gemeenten", $"Інші муніципалітети ({rest.Count})", $"Other {rest.Count} municipalities"), rest.Sum(Baseline), rest.Sum(Reformed)));
        }

        var title = l.T($"Verandering in nettokosten per gemeente, de {top.Count} grootste", $"Зміна чистих витрат за муніципалітетами, {top.Count} найбільших", $"Change in net cost per municipality, the {top.Count} largest");
        var svg = AnalysisCharts.BarSvg(title, l.T("Verschil in €", "Різниця в €", "Difference in €"), [.. rows.Select(r => r.Name)],
            [new(l.T("Verschil", "Різниця", "Difference"), [.. rows.Select(r => (double)(r.Reform - r.Baseline))])], v => ReformTexts.Euros((decimal)v, l), horizontal: true);
        var summary = top.Count == 0
            ? l.T("Er zijn geen gemeenten met leefgeld of bijstand in deze maanden.", "У ці місяці немає муніципалітетів із допомогою на проживання чи соціальною допомогою.", "No municipality has the living allowance or social assistance in these months.")
            : l.T(
                $"De grootste verandering is in {top[0].Label}: {Change(Reformed(top[0]) - Baseline(top[0]), l)}. De grafiek toont {top.Count} van de {ranked.Length} gemeenten.",
                $"Найбільша зміна в муніципалітеті {top[0].Label}: {Change(Reformed(top[0]) - Baseline(top[0]), l)}. Діаграма показує {top.Count} з {ranked.Length} муніципалітетів.",
                $"The largest change is in {top[0].Label}: {Change(Reformed(top[0]) - Baseline(top[0]), l)}. The chart shows {top.Count} of the {ranked.Length} municipalities.");
        var table = new AnalystTable("municipality-change", title,
            [l.T("Gemeente", "Муніципалітет", "Municipality"), l.T("Huidige regels (€)", "Чинні правила (€)", "Current rules (€)"), l.T("Hervorming (€)", "Реформа (€)", "Reform (€)"), l.T("Verschil (€)", "Різниця (€)", "Difference (€)")],
            [false, true, true, true],
            [.. rows.Select(r => Row(r.Name, Amount(r.Baseline, l), Amount(r.Reform, l), Signed(r.Reform - r.Baseline, l)))], []);
        return new AnalystChart("municipality-change", title, svg, summary, table);
    }

    /// <summary>Households better off, worse off and unchanged, by how much (bands of the change over all months).</summary>
    private static AnalystChart Households(ReformReport report, LetterLanguage l)
    {
        var changes = report.HouseholdChanges;
        string Range(long low, long? high) => high is { } h
            ? l.T($"{ReformTexts.Euros(low / 100m, l)} tot {ReformTexts.Euros(h / 100m, l)}", $"{ReformTexts.Euros(low / 100m, l)} – {ReformTexts.Euros(h / 100m, l)}", $"{ReformTexts.Euros(low / 100m, l)} to {ReformTexts.Euros(h / 100m, l)}")
            : l.T($"{ReformTexts.Euros(low / 100m, l)} of meer", $"{ReformTexts.Euros(low / 100m, l)} і більше", $"{ReformTexts.Euros(low / 100m, l)} or more");
        var edges = new (long Low, long? High)[] { (1, Bands[0]), (Bands[0], Bands[1]), (Bands[1], null) };
        var rows = new List<(string Group, int Households, long Cents)>();
        foreach (var (low, high) in edges.Reverse())
        {
            var inBand = changes.Changes.Where(c => -c.Cents >= low && (high is null || -c.Cents < high)).ToList();
            rows.Add((l.T("Achteruit ", "Втрачають ", "Worse off by ") + Range(low, high), inBand.Count, inBand.Sum(c => c.Cents)));
        }

        rows.Add((ReformTexts.Group("unchanged", l), changes.Unchanged, 0));
        foreach (var (low, high) in edges)
        {
            var inBand = changes.Changes.Where(c => c.Cents >= low && (high is null || c.Cents < high)).ToList();
            rows.Add((l.T("Vooruit ", "Виграють ", "Better off by ") + Range(low, high), inBand.Count, inBand.Sum(c => c.Cents)));
        }

        var title = l.T("Huishoudens die erop vooruit- of achteruitgaan, en hoeveel", "Домогосподарства, які виграють або втрачають, і наскільки", "Households better off or worse off, and by how much");
        var svg = AnalysisCharts.BarSvg(title, l.T("Huishoudens", "Домогосподарства", "Households"), [.. rows.Select(r => r.Group)],
            [new(l.T("Huishoudens", "Домогосподарства", "Households"), [.. rows.Select(r => (double)r.Households)])], v => Numbers.Count((long)Math.Round(v), l), horizontal: true);
        var summary = l.T(
            $"Van de {Numbers.Count(changes.Households, l)} huishoudens gaan er {Numbers.Count(changes.Gaining, l)} vooruit (samen {ReformTexts.Euros(changes.TotalGain.Euros, l)}), {Numbers.Count(changes.Losing, l)} achteruit (samen {ReformTexts.Euros(changes.TotalLoss.Euros, l)}) en blijven er {Numbers.Count(changes.Unchanged, l)} gelijk.",
            $"З {Numbers.Count(changes.Households, l)} домогосподарств {Numbers.Count(changes.Gaining, l)} виграють (разом {ReformTexts.Euros(changes.TotalGain.Euros, l)}), {Numbers.Count(changes.Losing, l)} втрачають (разом {ReformTexts.Euros(changes.TotalLoss.Euros, l)}), а {Numbers.Count(changes.Unchanged, l)} залишаються без змін.",
            $"Of the {Numbers.Count(changes.Households, l)} households, {Numbers.Count(changes.Gaining, l)} are better off ({ReformTexts.Euros(changes.TotalGain.Euros, l)} together), {Numbers.Count(changes.Losing, l)} worse off ({ReformTexts.Euros(changes.TotalLoss.Euros, l)} together) and {Numbers.Count(changes.Unchanged, l)} unchanged.");
        var table = new AnalystTable("household-changes", title,
            [l.T("Verandering over alle maanden", "Зміна за всі місяці", "Change over all months"), l.T("Huishoudens", "Домогосподарства", "Households"), l.T("Samen (€)", "Разом (€)", "Together (€)")],
            [false, true, true],
            [.. rows.Select(r => Row(r.Group, Numbers.Count(r.Households, l), Signed(r.Cents / 100m, l)))], []);
        return new AnalystChart("household-changes", title, svg, summary, table);
    }

    private static AnalystTable Localise(ReportTable table, ReformReport report, LetterLanguage l)
    {
        // Municipalities by name: the code column goes where a name column stands beside it.
        var hidden = table.Columns.Contains("name") ? table.Columns.IndexOf("code") : -1;
        var keep = Enumerable.Range(0, table.Columns.Length).Where(i => i != hidden).ToArray();
        var limit = table.Id == "reform-municipality-months" ? MunicipalityMonthRows : int.MaxValue;
        var rows = table.Rows.Take(limit).Select(row => keep.Select(i => i == 0 ? Key(table.Id, row[0], l) : ReformTexts.Cell(row[i], l)).ToImmutableArray()).ToImmutableArray();
        var numeric = keep.Select(i => i > 0 && table.Rows.All(r => r[i].Length == 0 || ReformTexts.IsNumber(r[i]))).ToImmutableArray();
        return new AnalystTable(table.Id, Caption(table, report, l), [.. keep.Select(i => ReformTexts.Column(table.Columns[i], l))], numeric, rows, [], Math.Max(0, table.Rows.Length - limit));
    }

    private static string Key(string table, string key, LetterLanguage l)
    {
        if (key == "total")
        {
            return ReformTexts.Total(l);
        }

        return table switch
        {
            "reform-paths" when key.Split(" / ") is [var path, var status] => ReformTexts.Path(path, l) + ", " + ReformTexts.Status(status, l),
            "reform-actions" => Overgang.Web.Components.Shared.Texts.Owner(key, l),
            "reform-outcomes" => ReformTexts.Outcome(key, l),
            "reform-households" => ReformTexts.Group(key, l),
            "reform-months" or "reform-caseload" => ReformTexts.MonthKey(key, l),
            "reform-municipality-months" => ReformTexts.MonthKey(key.Split('/')[0], l),
            _ => key,
        };
    }

    private static string Caption(ReportTable table, ReformReport report, LetterLanguage l)
    {
        var date = l.Date(report.Date);
        var months = report.Months.Length.ToString(CultureInfo.InvariantCulture);
        return table.Id switch
        {
            "reform-changes" => l.T("Gewijzigde parameters", "Змінені параметри", "Changed parameters"),
            "reform-paths" => l.T($"Personen per route op {date}", $"Особи за шляхами на {date}", $"Persons per path on {date}"),
            "reform-actions" => l.T($"Openstaande acties per actiehouder op {date}", $"Відкриті дії за відповідальними на {date}", $"Open actions per owner on {date}"),
            "reform-months" => l.T("Leefgeld, eigen bijdrage en geschatte bijstand per maand (€)", "Допомога на проживання, власний внесок і оцінка соціальної допомоги за місяцями (€)", "Living allowance, own contribution and estimated social assistance per month (€)"),
            "reform-caseload" => l.T("Huishoudens per voorziening en opvangplaatsen per maand", "Домогосподарства за видами забезпечення і місця розміщення за місяцями", "Households per provision and reception places per month"),
            "reform-municipalities" => l.T($"Leefgeld, eigen bijdrage en geschatte bijstand per gemeente over {months} maanden (€)", $"Допомога на проживання, власний внесок і оцінка соціальної допомоги за муніципалітетами за {months} міс. (€)", $"Living allowance, own contribution and estimated social assistance per municipality over {months} months (€)"),
            "reform-municipality-months" => l.T("Voorzieningen per maand en gemeente, grootste verandering eerst", "Забезпечення за місяцями і муніципалітетами, спершу найбільші зміни", "Provisions per month and municipality, largest change first"),
            "reform-outcomes" => l.T($"Huishoudmaanden per uitkomst over {months} maanden", $"Місяці домогосподарств за результатом за {months} міс.", $"Household-months per outcome over {months} months"),
            "reform-households" => l.T($"Huishoudens: verandering in leefgeld plus bijstand min eigen bijdrage over {months} maanden", $"Домогосподарства: зміна допомоги на проживання плюс соціальна допомога мінус власний внесок за {months} міс.", $"Households: change in living allowance plus social assistance minus own contribution over {months} months"),
            _ => table.Title,
        };
    }

    private static string Change(decimal euros, LetterLanguage l) => euros switch
    {
        > 0 => l.T($"{ReformTexts.Euros(euros, l)} meer", $"на {ReformTexts.Euros(euros, l)} більше", $"{ReformTexts.Euros(euros, l)} more"),
        < 0 => l.T($"{ReformTexts.Euros(-euros, l)} minder", $"на {ReformTexts.Euros(-euros, l)} менше", $"{ReformTexts.Euros(-euros, l)} less"),
        _ => l.T("geen verschil", "без різниці", "no difference"),
    };

    private static string Amount(decimal euros, LetterLanguage l) => ReformTexts.Cell(euros.ToString("0.00", CultureInfo.InvariantCulture), l);

    private static string Signed(decimal euros, LetterLanguage l) => ReformTexts.Cell(euros.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture), l);

    private static ImmutableArray<string> Row(params string[] cells) => [.. cells];
}
