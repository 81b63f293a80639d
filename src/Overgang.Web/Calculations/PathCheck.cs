using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;
using Overgang.Contracts;
using Overgang.Contracts.Decide;
using Overgang.Letters;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Languages;

namespace Overgang.Web.Calculations;

/// <summary>The answers of "which path applies to me" (<c>/calculator/path</c>), read from the query string; <c>unsure</c> is "not sure".</summary>
/// <param name="Birth">Year of birth or age.</param>
/// <param name="Tie">To Ukraine: <c>citizen</c>, <c>permanent</c>, <c>temporary</c> or <c>unsure</c>.</param>
/// <param name="Country">Where protection is registered: <c>NL</c>, <c>other</c> or <c>unsure</c>.</param>
/// <param name="Since">Month protection began (<c>YYYY-MM</c>), empty for not sure.</param>
/// <param name="Elsewhere">Also registered in another EU country: <c>no</c>, <c>yes</c>, <c>unsure</c>.</param>
/// <param name="Asylum">Asylum application: <c>none</c>, <c>pending</c>, <c>withdrawn</c>, <c>unsure</c>.</param>
/// <param name="Permit">Another residence permit: <c>none</c>, <c>work</c>, <c>study</c>, <c>family</c>, <c>research</c>, <c>unsure</c>.</param>
/// <param name="PermitUntil">Its last day (<c>YYYY-MM-DD</c>); empty when applied for and not yet granted.</param>
/// <param name="Returning">The return programme: <c>no</c>, <c>signed</c>, <c>unsure</c>.</param>
/// <param name="Departure">The agreed departure date (<c>YYYY-MM-DD</c>), optional.</param>
/// <param name="Check">The public-order check: <c>passed</c>, <c>failed</c>, <c>unsure</c>.</param>
/// <param name="Submitted">True when the form was sent.</param>
public sealed record PathForm(string Birth, string Tie, string Country, string Since, string Elsewhere, string Asylum, string Permit, string PermitUntil, string Returning, string Departure, string Check, bool Submitted)
{
    /// <summary>"Not sure".</summary>
    public const string Unsure = "unsure";

    /// <summary>The empty form: every question "not sure" but the country.</summary>
    public static PathForm Blank { get; } = new("", Unsure, "NL", "", "no", Unsure, "none", "", "no", "", Unsure, false);

    /// <summary>Reads the answers from the query string.</summary>
    public static PathForm Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.ContainsKey("check-path"))
        {
            return Blank;
        }

        string V(string key, string otherwise) => (query[key].ToString() ?? "").Trim() is { Length: > 0 and <= 40 } value ? value : otherwise;
        return new PathForm(V("birth", ""), V("tie", Unsure), V("country", Unsure), V("since", ""), V("elsewhere", Unsure), V("asylum", Unsure),
            V("permit", Unsure), V("permitUntil", ""), V("returning", Unsure), V("departure", ""), V("check", Unsure), true);
    }
}

/// <summary>What "which path applies to me" answers.</summary>
public abstract record PathOutcome
{
    private PathOutcome()
    {
    }

    /// <summary>Not asked yet.</summary>
    public sealed record Empty : PathOutcome;

    /// <summary>Answers at fault, with messages in the page's language.</summary>
    /// <param name="Errors">Field id and message.</param>
    public sealed record Invalid(ImmutableArray<(string Field, string Message)> Errors) : PathOutcome;

    /// <summary>
    /// The rules' answer. With every "not sure" fact that changes the outcome in <paramref name="Needed"/>, the answer is
    /// provisional and <paramref name="Possible"/> holds each outcome the unknown facts could give.
    /// </summary>
    /// <param name="Decision">The decision for the facts given (the first possibility when facts are unknown).</param>
    /// <param name="Letter">The decision told in the page's language (outcome, reasons, what to do).</param>
    /// <param name="Needed">The unknown facts that change the outcome (fact keys, see <see cref="PathCheck.Facts"/>).</param>
    /// <param name="Unchanged">The unknown facts that do not change it.</param>
    /// <param name="Possible">Each distinct outcome with its sentence, when facts are needed.</param>
    public sealed record Answered(TransitionDecision Decision, Letter Letter, ImmutableArray<string> Needed, ImmutableArray<string> Unchanged, ImmutableArray<(TransitionPath Path, bool Decided, string Outcome)> Possible) : PathOutcome;
}

/// <summary>
/// "Which path applies to me": the answers become a decide document of the command line's contract, decided by the
/// rules (<see cref="ContractJson.TryReadDecide"/> and <see cref="DecideHandler"/>, the code behind <c>POST /api/v1/decide</c>)
/// on the last day of protection (or today, after it), and told in the words of the decision letters. A "not sure"
/// answer leaves a fact open: the rules are asked once for every value it can have, and the facts whose value changes
/// the outcome are named ("we need to know ..."). Reads nothing but the parameters; stores and logs nothing.
/// </summary>
public static class PathCheck
{
    /// <summary>The facts that can be "not sure", in the form's order.</summary>
    public static readonly ImmutableArray<string> Facts = ["tie", "country", "since", "elsewhere", "asylum", "permit", "returning", "check"];

    /// <summary>Answers the form in the page's language.</summary>
    public static PathOutcome Answer(PathForm form, ParameterTree parameters, LocalDate today, LetterLanguage l)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!form.Submitted)
        {
            return new PathOutcome.Empty();
        }

        var errors = new List<(string Field, string Message)>();
        if (!ProtectionEnd.TryLastDay(parameters, today, out var lastDay, out _))
        {
            return new PathOutcome.Invalid([("check-path", l.T("Wij kunnen dit nog niet bepalen: de regels zijn nog niet bekend.", "Ми ще не можемо це визначити: правила ще невідомі.", "We cannot tell yet: the rules are not known."))]);
        }

        var date = today > lastDay ? today : lastDay;
        if (!TransitionSchedule.TryFor(parameters, date, out var schedule, out _))
        {
            return new PathOutcome.Invalid([("check-path", l.T("Wij kunnen dit nog niet bepalen: de regels zijn nog niet bekend.", "Ми ще не можемо це визначити: правила ще невідомі.", "We cannot tell yet: the rules are not known."))]);
        }

        LocalDate birth = default;
        if (!int.TryParse(form.Birth, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (number > 120 && (number < today.Year - 120 || number > today.Year)))
        {
            errors.Add(("birth", l.T("Vul uw geboortejaar (bijvoorbeeld 1985) of uw leeftijd (bijvoorbeeld 41) in.", "Вкажіть ваш рік народження (наприклад, 1985) або вік (наприклад, 41).", "Enter your year of birth (for example 1985) or your age (for example 41).")));
        }
        else
        {
            birth = number <= 120 ? today.PlusYears(-number) : new LocalDate(number, 7, 1) is var mid && mid > today ? today : mid;
        }

        LocalDate? since = null;
        if (form.Since.Length > 0)
        {
            if (YearMonthPattern.Iso.Parse(form.Since) is { Success: true } month && month.Value.Year >= 2022 && month.Value.OnDayOfMonth(1) <= date)
            {
                since = month.Value.OnDayOfMonth(1);
            }
            else
            {
                errors.Add(("since", l.T("Vul de maand in als jaar en maand, bijvoorbeeld 2022-04 (niet vóór 2022), of laat het veld leeg als u het niet zeker weet.", "Вкажіть місяць як рік і місяць, наприклад 2022-04 (не раніше 2022 року), або залиште поле порожнім, якщо ви не впевнені.", "Enter the month as year and month, for example 2022-04 (not before 2022), or leave the field empty if you are not sure.")));
            }
        }

        LocalDate? permitUntil = Date(form.PermitUntil, "permitUntil", l.T("Kies de einddatum van de vergunning (tussen 2022 en 2040), of laat het veld leeg.", "Виберіть дату закінчення дозволу (між 2022 і 2040 роками) або залиште поле порожнім.", "Choose the permit's end date (between 2022 and 2040), or leave the field empty."), errors);
        LocalDate? departure = Date(form.Departure, "departure", l.T("Kies de vertrekdatum (tussen 2022 en 2040), of laat het veld leeg.", "Виберіть дату виїзду (між 2022 і 2040 роками) або залиште поле порожнім.", "Choose the departure date (between 2022 and 2040), or leave the field empty."), errors);
        Check(form.Tie, ["citizen", "permanent", "temporary"], "tie", l.T("Kies uw band met Oekraïne.", "Оберіть ваш звʼязок з Україною.", "Choose your tie to Ukraine."), errors);
        Check(form.Country, ["NL", "other"], "country", l.T("Kies waar uw tijdelijke bescherming is geregistreerd.", "Оберіть, де зареєстровано ваш тимчасовий захист.", "Choose where your temporary protection is registered."), errors);
        Check(form.Elsewhere, ["no", "yes"], "elsewhere", l.T("Kies of u ook in een ander EU-land geregistreerd bent.", "Оберіть, чи ви зареєстровані також в іншій країні ЄС.", "Choose whether you are also registered in another EU country."), errors);
        Check(form.Asylum, ["none", "pending", "withdrawn"], "asylum", l.T("Kies wat er met een asielaanvraag is.", "Оберіть, що з заявою про притулок.", "Choose what applies to an asylum application."), errors);
        Check(form.Permit, ["none", "work", "study", "family", "research"], "permit", l.T("Kies of u een andere verblijfsvergunning hebt.", "Оберіть, чи маєте ви інший дозвіл на проживання.", "Choose whether you have another residence permit."), errors);
        Check(form.Returning, ["no", "signed"], "returning", l.T("Kies of u meedoet aan het terugkeerprogramma.", "Оберіть, чи берете ви участь у програмі повернення.", "Choose whether you take part in the return programme."), errors);
        Check(form.Check, ["passed", "failed"], "check", l.T("Kies wat de IND over de openbare-ordecheck zei.", "Оберіть, що IND повідомила про перевірку щодо громадського порядку.", "Choose what the IND said about the public-order check."), errors);
        if (errors.Count > 0)
        {
            return new PathOutcome.Invalid([.. errors]);
        }

        // Every value an unknown fact can have, as the rules distinguish them (dates on both sides of the schedule's thresholds).
        var sinceValues = since is { } known ? [known] : new[] { new LocalDate(2022, 3, 4), schedule.TcnLastDay.PlusDays(1), schedule.CutOff, schedule.CutOff.PlusDays(1) }.Where(d => d <= date).Distinct().ToArray();
        var choices = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["tie"] = form.Tie == PathForm.Unsure ? ["citizen", "permanent", "temporary"] : [form.Tie],
            ["country"] = form.Country == PathForm.Unsure ? ["NL", "other"] : [form.Country],
            ["since"] = [.. sinceValues.Select(d => LocalDatePattern.Iso.Format(d))],
            ["elsewhere"] = form.Elsewhere == PathForm.Unsure ? ["no", "yes"] : [form.Elsewhere],
            ["asylum"] = form.Asylum == PathForm.Unsure ? ["none", "pending", "withdrawn"] : [form.Asylum],
            ["permit"] = form.Permit == PathForm.Unsure ? ["none", "work"] : [form.Permit],
            ["returning"] = form.Returning == PathForm.Unsure ? ["no", "signed"] : [form.Returning],
            ["check"] = form.Check == PathForm.Unsure ? ["pending"] : [form.Check],
        };
        // The public-order check is not among them: the rules model "not yet known" as its own value (pending) and say what is outstanding.
        var unknown = Facts.Where(fact => fact switch
        {
            "tie" => form.Tie == PathForm.Unsure,
            "country" => form.Country == PathForm.Unsure,
            "since" => since is null,
            "elsewhere" => form.Elsewhere == PathForm.Unsure,
            "asylum" => form.Asylum == PathForm.Unsure,
            "permit" => form.Permit == PathForm.Unsure,
            "returning" => form.Returning == PathForm.Unsure,
            _ => false,
        }).ToList();

        var outcomes = new List<(Dictionary<string, string> Values, TransitionDecision Decision)>();
        foreach (var values in Combinations(choices))
        {
            var document = Document(date, birth, values, permitUntil ?? (values["permit"] != "none" && form.Permit == PathForm.Unsure ? schedule.ProtectionLastDay.PlusYears(2) : null), departure ?? (values["returning"] == "signed" && form.Returning == PathForm.Unsure ? schedule.ReceptionLastDay : null));
            if (!ContractJson.TryReadDecide(document, out var request, out var error) || !DecideHandler.TryHandle(request, parameters, out var decisions, out error))
            {
                CalculationCounts.Add("decide", "page", answered: false);
                return new PathOutcome.Invalid([(FieldOf(error.Field), l.T("Met deze antwoorden kunnen wij het pad niet bepalen. Controleer de datums.", "З цими відповідями ми не можемо визначити шлях. Перевірте дати.", "We cannot tell the path with these answers. Check the dates."))]);
            }

            outcomes.Add((values, decisions[0]));
        }

        CalculationCounts.Add("decide", "page", answered: true);
        static (TransitionPath, bool) Key(TransitionDecision d) => (d.Path, d.IsDecided);

        // A fact is needed when changing it alone changes the outcome for some values of the others.
        var needed = unknown.Where(fact => outcomes.GroupBy(o => string.Join("|", o.Values.Where(v => v.Key != fact).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value)), StringComparer.Ordinal)
            .Any(g => g.Select(o => Key(o.Decision)).Distinct().Count() > 1)).ToImmutableArray();
        var first = outcomes[0].Decision;
        var letter = LetterComposer.Compose(first, "", schedule, l);
        var possible = needed.IsEmpty ? [] : outcomes.Select(o => o.Decision).DistinctBy(Key)
            .Select(d => (d.Path, d.IsDecided, LetterComposer.Compose(d, "", schedule, l).Sections[0].Paragraphs[0])).ToImmutableArray();
        return new PathOutcome.Answered(first, letter, needed, [.. unknown.Except(needed)], possible);
    }

    /// <summary>The decide document (docs/contracts/cli-json.md) for one set of answers.</summary>
    public static string Document(LocalDate date, LocalDate birth, IReadOnlyDictionary<string, string> values, LocalDate? permitUntil, LocalDate? departure)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            var since = values["since"];
            var state = values["country"] == "NL" ? "NL" : "DE";
            json.WriteStartObject();
            json.WriteString("date", LocalDatePattern.Iso.Format(date));
            json.WriteStartArray("persons");
            json.WriteStartObject();
            json.WriteString("id", "you");
            json.WriteString("birthDate", LocalDatePattern.Iso.Format(birth));
            json.WriteString("ukrainianResidence", values["tie"]);
            json.WriteStartObject("protection");
            json.WriteString("memberState", state);
            json.WriteString("since", since);
            json.WriteEndObject();
            json.WriteStartArray("otherProtection");
            if (values["elsewhere"] == "yes")
            {
                json.WriteStartObject();
                json.WriteString("memberState", state == "NL" ? "DE" : "PL");
                json.WriteString("since", since);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("asylumApplication", values["asylum"]);
            json.WriteString("publicOrderCheck", values["check"]);
            if (values["returning"] == "signed")
            {
                json.WriteStartObject("returnProgramme");
                json.WriteBoolean("commitmentSigned", true);
                if (departure is { } d)
                {
                    json.WriteString("departureDate", LocalDatePattern.Iso.Format(d));
                }

                json.WriteEndObject();
            }

            if (values["permit"] != "none")
            {
                json.WriteStartObject("otherPermit");
                json.WriteString("kind", values["permit"]);
                if (permitUntil is { } until)
                {
                    json.WriteString("validUntil", LocalDatePattern.Iso.Format(until));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string FieldOf(string contractField) => contractField switch
    {
        _ when contractField.Contains("birthDate", StringComparison.Ordinal) => "birth",
        _ when contractField.Contains("otherPermit", StringComparison.Ordinal) => "permitUntil",
        _ when contractField.Contains("returnProgramme", StringComparison.Ordinal) => "departure",
        _ => "since",
    };

    private static LocalDate? Date(string text, string field, string message, List<(string Field, string Message)> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } day && day.Value.Year is >= 2022 and <= 2040)
        {
            return day.Value;
        }

        errors.Add((field, message));
        return null;
    }

    private static void Check(string value, string[] allowed, string field, string message, List<(string Field, string Message)> errors)
    {
        if (value != PathForm.Unsure && !allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add((field, message));
        }
    }

    private static IEnumerable<Dictionary<string, string>> Combinations(Dictionary<string, string[]> choices)
    {
        IEnumerable<Dictionary<string, string>> all = [new Dictionary<string, string>(StringComparer.Ordinal)];
        foreach (var (fact, values) in choices)
        {
            all = all.SelectMany(partial => values.Select(v => new Dictionary<string, string>(partial, StringComparer.Ordinal) { [fact] = v }));
        }

        return all;
    }
}
