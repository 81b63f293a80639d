using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Overgang.Contracts;
using Overgang.Letters;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Languages;

namespace Overgang.Web.Calculations;

/// <summary>
/// The public calculator (<c>/calculator</c>): turns the form into a calc document of the command line's contract and
/// answers it with <see cref="ContractJson.Calc"/>, the code behind <c>POST /api/v1/calc</c> and <c>overgang calc</c>, for
/// today and for every month from the day after protection ends to the end of the reception year after it. It reads
/// nothing but the parameters: no registry, no account, and it stores and logs nothing.
/// </summary>
/// <remarks>
/// The form's readings, all said on the page: a year of birth is read as 1 July of that year, an age as a birthday
/// today; "partner" is the first person's partner, "child" a child of the first person (and of the partner), "other" a
/// person of their own (a grandparent, an adult brother); a child whose path is "don't know" follows the first person,
/// an adult whose path is "don't know" is calculated with the transition document (the path most people get) and the
/// page says so; the month of arrival is everyone's first day of protection.
/// </remarks>
public static class PublicCalculator
{
    /// <summary>Answers the form in the page's language: field errors, or the months calculated.</summary>
    public static CalculatorOutcome Answer(CalculatorForm form, ParameterTree parameters, LocalDate today, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!form.Calculate)
        {
            return new CalculatorOutcome.Empty();
        }

        var errors = new List<(string Field, string Message)>();
        var persons = Read(form, today, language, errors);
        if (errors.Count > 0)
        {
            return new CalculatorOutcome.Invalid([.. errors]);
        }

        if (form.Reception == "coa")
        {
            return new CalculatorOutcome.OutsideScheme();
        }

        if (!ProtectionEnd.TryLastDay(parameters, today, out var lastDay, out _) || !ProtectionEnd.TryReceptionYearEnd(parameters, today, out var yearEnd, out _))
        {
            return new CalculatorOutcome.Invalid([("calculate", language.T("Voor vandaag kunnen wij nog niet rekenen: de regels zijn nog niet bekend.", "На сьогодні ми ще не можемо розрахувати: правила ще невідомі.", "We cannot calculate for today yet: the rules are not known."))]);
        }

        var dates = new List<LocalDate> { today };
        var first = lastDay.PlusDays(1);
        for (var month = first.ToYearMonth(); month <= yearEnd.ToYearMonth(); month = month.PlusMonths(1))
        {
            var day = month == first.ToYearMonth() ? first : month.OnDayOfMonth(1);
            if (day > today)
            {
                dates.Add(day);
            }
        }

        var months = new List<MonthAnswer>(dates.Count);
        foreach (var date in dates)
        {
            var document = Document(date, form.Reception, persons);
            switch (ContractJson.Calc(document, parameters))
            {
                case ContractAnswer.Answered answered:
                    CalculationCounts.Add("calc", "page", answered: true);
                    months.Add(Parse(date, answered.Json, date > lastDay));
                    break;
                case ContractAnswer.Refused refused:
                    CalculationCounts.Add("calc", "page", answered: false);
                    return new CalculatorOutcome.Invalid([Refusal(refused.Error, form, language)]);
            }
        }

        var assumed = persons.Where(p => p.AssumedPath).Select(p => p.Index).ToImmutableArray();
        return new CalculatorOutcome.Calculated(months[0], [.. months.Skip(1)], lastDay, assumed, persons.Count);
    }

    /// <summary>The calc document (docs/contracts/cli-json.md) for the household on a date: what the page sends to the rules.</summary>
    public static string Document(LocalDate date, string reception, IReadOnlyList<PersonInput> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("date", Iso(date));
            json.WriteStartArray("persons");
            foreach (var person in persons)
            {
                json.WriteStartObject();
                json.WriteString("id", person.Id);
                json.WriteString("birthDate", Iso(person.BirthDate));
                if (person.PartnerId is { } partner)
                {
                    json.WriteString("partnerId", partner);
                }

                if (!person.ParentIds.IsEmpty)
                {
                    json.WriteStartArray("parentIds");
                    foreach (var parent in person.ParentIds)
                    {
                        json.WriteStringValue(parent);
                    }

                    json.WriteEndArray();
                }

                json.WriteNumber("monthlyIncome", person.MonthlyIncome);
                json.WriteString("reception", reception);
                json.WriteString("path", person.Path);
                if (person.Path == "return-programme" && person.Departure is { } departure)
                {
                    json.WriteString("departureDate", Iso(departure));
                }

                if (person.Arrived is { } arrived)
                {
                    json.WriteStartObject("protection");
                    json.WriteString("since", Iso(arrived));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Checks the rows and turns them into persons of the contract; every fault is added to <paramref name="errors"/>, naming its field.</summary>
    private static List<PersonInput> Read(CalculatorForm form, LocalDate today, LetterLanguage l, List<(string Field, string Message)> errors)
    {
        if (!CalculatorForm.Receptions.Contains(form.Reception))
        {
            errors.Add(("reception", l.T("Kies waar het huishouden woont.", "Оберіть, де живе домогосподарство.", "Choose where the household lives.")));
        }

        LocalDate? arrived = null;
        if (form.Arrived.Length > 0)
        {
            if (YearMonthPattern.Iso.Parse(form.Arrived) is { Success: true } month && month.Value.Year >= 2022 && month.Value.OnDayOfMonth(1) <= today)
            {
                arrived = month.Value.OnDayOfMonth(1);
            }
            else
            {
                errors.Add(("arrived", l.T("Vul de maand van aankomst in als jaar en maand, bijvoorbeeld 2022-04, niet vóór 2022 en niet na vandaag.", "Вкажіть місяць прибуття як рік і місяць, наприклад 2022-04, не раніше 2022 року і не пізніше сьогодні.", "Enter the month of arrival as year and month, for example 2022-04, not before 2022 and not after today.")));
            }
        }

        LocalDate? departure = null;
        var anyReturn = form.Members.Any(m => !m.IsBlank && m.Path == "return-programme");
        if (form.Departure.Length > 0 || anyReturn)
        {
            if (LocalDatePattern.Iso.Parse(form.Departure) is { Success: true } day && day.Value >= today && day.Value.Year <= 2031)
            {
                departure = day.Value;
            }
            else
            {
                errors.Add(("departure", form.Departure.Length == 0
                    ? l.T("Vul de afgesproken vertrekdatum in: iemand in het huishouden kiest het terugkeerprogramma.", "Вкажіть погоджену дату виїзду: хтось у домогосподарстві обирає програму повернення.", "Enter the agreed departure date: someone in the household chooses the return programme.")
                    : l.T("Kies een vertrekdatum vanaf vandaag.", "Виберіть дату виїзду, не раніше сьогоднішньої.", "Choose a departure date from today on.")));
            }
        }

        var persons = new List<PersonInput>();
        var partners = 0;
        string? partnerId = null;
        for (var i = 0; i < form.Members.Length; i++)
        {
            var row = form.Members[i];
            var n = i + 1;
            if (row.IsBlank)
            {
                if (i == 0)
                {
                    errors.Add(("birth0", l.T("Vul het geboortejaar of de leeftijd van persoon 1 in.", "Вкажіть рік народження або вік особи 1.", "Enter the year of birth or age of person 1.")));
                }

                continue;
            }

            LocalDate? birth = null;
            if (!int.TryParse(row.Birth, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                errors.Add(("birth" + i, l.T($"Vul bij persoon {n} een geboortejaar (bijvoorbeeld 1985) of een leeftijd (bijvoorbeeld 41) in.", $"Вкажіть для особи {n} рік народження (наприклад, 1985) або вік (наприклад, 41).", $"Enter a year of birth (for example 1985) or an age (for example 41) for person {n}.")));
            }
            else if (number <= 120)
            {
                birth = today.PlusYears(-number);
            }
            else if (number >= today.Year - 120 && number <= today.Year)
            {
                birth = new LocalDate(number, 7, 1) is var midYear && midYear > today ? today : midYear;
            }
            else
            {
                errors.Add(("birth" + i, l.T($"Het geboortejaar van persoon {n} ligt niet tussen {today.Year - 120} en {today.Year}.", $"Рік народження особи {n} має бути між {today.Year - 120} і {today.Year}.", $"The year of birth of person {n} is not between {today.Year - 120} and {today.Year}.")));
            }

            var income = 0m;
            if (row.Income.Length > 0)
            {
                var text = row.Income.Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace('\u00A0'.ToString(), "", StringComparison.Ordinal);
                var parsed = text.Count(c => c is ',' or '.') <= 1
                    && decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out income)
                    && income <= 100_000m
                    && decimal.Round(income, 2) == income;
                if (!parsed)
                {
                    income = 0m;
                    errors.Add(("income" + i, l.T($"Vul het inkomen van persoon {n} in als een bedrag in euro per maand, bijvoorbeeld 450 of 450,50.", $"Вкажіть дохід особи {n} як суму в євро на місяць, наприклад 450 або 450,50.", $"Enter the income of person {n} as an amount in euros a month, for example 450 or 450.50.")));
                }
            }

            if (i > 0 && !CalculatorForm.Relations.Contains(row.Relation))
            {
                errors.Add(("relation" + i, l.T($"Kies hoe persoon {n} bij persoon 1 hoort.", $"Оберіть, ким особа {n} доводиться особі 1.", $"Choose how person {n} is related to person 1.")));
            }

            if (row.Relation == "partner" && ++partners > 1)
            {
                errors.Add(("relation" + i, l.T($"Persoon 1 kan maar één partner hebben: kies bij persoon {n} iets anders.", $"Особа 1 може мати лише одного партнера: оберіть для особи {n} інше.", $"Person 1 can have only one partner: choose something else for person {n}.")));
            }

            if (!CalculatorForm.Paths.Contains(row.Path))
            {
                errors.Add(("path" + i, l.T($"Kies wat u verwacht voor persoon {n} na het einde van de bescherming.", $"Оберіть, чого ви очікуєте для особи {n} після закінчення захисту.", $"Choose what you expect for person {n} after protection ends.")));
            }

            if (birth is { } b)
            {
                var id = "p" + n;
                if (row.Relation == "partner")
                {
                    partnerId = id;
                }

                persons.Add(new PersonInput(i, id, b, row.Relation, income, row.Path, departure, arrived));
            }
        }

        if (errors.Count > 0)
        {
            return persons;
        }

        // Relations and paths, now that every row is read.
        var firstPath = persons.Count > 0 && persons[0].Index == 0 ? persons[0].Path : CalculatorForm.UnknownPath;
        for (var i = 0; i < persons.Count; i++)
        {
            var p = persons[i];
            var minor = p.BirthDate.PlusYears(18) > today;
            var path = p.Path;
            var assumed = false;
            if (path == CalculatorForm.UnknownPath && minor && p.Relation == "child" && firstPath != CalculatorForm.UnknownPath)
            {
                path = firstPath;
            }

            if (path == CalculatorForm.UnknownPath)
            {
                path = "transition-document";
                assumed = true;
            }

            persons[i] = p with
            {
                PartnerId = p.Relation == "partner" ? "p1" : p.Index == 0 ? partnerId : null,
                ParentIds = p.Relation == "child" ? (partnerId is null ? ["p1"] : ["p1", partnerId]) : [],
                Path = path,
                AssumedPath = assumed,
            };
        }

        return persons;
    }

    /// <summary>A refusal of the rules, on the form's field it concerns, in the page's language.</summary>
    private static (string Field, string Message) Refusal(InputError error, CalculatorForm form, LetterLanguage l)
    {
        // persons[i] is the i-th person sent: its row is the i-th filled row.
        var rows = form.Members.Select((m, i) => (m, i)).Where(x => !x.m.IsBlank).Select(x => x.i).ToList();
        var field = error.Field;
        if (field.StartsWith("persons[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var close and > 8
            && int.TryParse(field[8..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < rows.Count)
        {
            var row = rows[index];
            var n = row + 1;
            var name = field[(close + 1)..];
            return name switch
            {
                ".birthDate" => ("birth" + row, l.T($"Met dit geboortejaar kunnen wij persoon {n} niet meerekenen.", $"З цим роком народження ми не можемо врахувати особу {n}.", $"We cannot include person {n} with this year of birth.")),
                ".monthlyIncome" => ("income" + row, l.T($"Dit inkomen van persoon {n} kunnen wij niet gebruiken.", $"Ми не можемо використати цей дохід особи {n}.", $"We cannot use this income of person {n}.")),
                ".path" or ".departureDate" => ("path" + row, l.T($"Met deze keuze voor na het einde van de bescherming kunnen wij persoon {n} niet berekenen.", $"З цим вибором на час після закінчення захисту ми не можемо розрахувати для особи {n}.", $"We cannot calculate person {n} with this choice for after protection ends.")),
                _ => ("relation" + row, l.T($"Hoe persoon {n} bij de anderen hoort, klopt zo niet (een partner of ouder moet volwassen zijn).", $"Звʼязок особи {n} з іншими так не підходить (партнер або батько/мати має бути повнолітнім).", $"How person {n} is related to the others does not work this way (a partner or parent must be an adult).")),
            };
        }

        return ("calculate", l.T("Voor deze maanden zijn de regels nog niet bekend; wij kunnen dit huishouden nog niet berekenen.", "Для цих місяців правила ще невідомі; ми ще не можемо розрахувати це домогосподарство.", "The rules for these months are not known yet; we cannot calculate this household yet."));
    }

    /// <summary>Reads the calc answer back into values for the page.</summary>
    private static MonthAnswer Parse(LocalDate date, string json, bool afterProtection)
    {
        using var document = JsonDocument.Parse(json);
        var households = ImmutableArray.CreateBuilder<HouseholdAnswer>();
        foreach (var h in document.RootElement.GetProperty("households").EnumerateArray())
        {
            var members = h.GetProperty("members").EnumerateArray().Select(m => int.Parse(m.GetString()![1..], CultureInfo.InvariantCulture)).ToImmutableArray();
            var explanation = Lines(h.GetProperty("explanation"));
            decimal? assistance = null;
            if (h.TryGetProperty("socialAssistance", out var sa) && sa.ValueKind == JsonValueKind.Object)
            {
                // Its explanation repeats the household's steps for it: the household's explanation is read once.
                assistance = sa.GetProperty("amount").GetDecimal();
            }

            decimal? premium = null;
            LocalDate? insuredFrom = null;
            if (h.TryGetProperty("healthInsurance", out var hi) && hi.ValueKind == JsonValueKind.Object)
            {
                insuredFrom = LocalDatePattern.Iso.Parse(hi.GetProperty("from").GetString()!).Value;
                premium = hi.TryGetProperty("premium", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDecimal() : null;
            }

            var provision = afterProtection && h.TryGetProperty("provision", out var pr) ? pr.GetString()! : "allowance";
            var provisional = h.TryGetProperty("provisionalParameters", out var pp) && pp.ValueKind == JsonValueKind.Array && pp.GetArrayLength() > 0;
            households.Add(new HouseholdAnswer(members, h.GetProperty("allowance").GetDecimal(), h.GetProperty("contribution").GetDecimal(),
                h.GetProperty("income").GetDecimal(), provision, assistance, insuredFrom, premium, provisional, explanation));
        }

        return new MonthAnswer(date, households.ToImmutable());
    }

    private static ImmutableArray<ExplanationLine> Lines(JsonElement explanation) =>
        [.. explanation.EnumerateArray().Select(e => new ExplanationLine(e.GetProperty("rule").GetString()!, e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null))];
}

/// <summary>One person as sent to the rules.</summary>
/// <param name="Index">The form row (0-based).</param>
/// <param name="Id">The id in the document: <c>p{row + 1}</c>.</param>
/// <param name="BirthDate">Read from the year of birth or the age.</param>
/// <param name="Relation">To the first person.</param>
/// <param name="MonthlyIncome">Euros a month.</param>
/// <param name="Path">The path sent (after "don't know" is resolved).</param>
/// <param name="Departure">The agreed departure date, for the return programme.</param>
/// <param name="Arrived">The first day of protection, when the month of arrival is given.</param>
public sealed record PersonInput(int Index, string Id, LocalDate BirthDate, string Relation, decimal MonthlyIncome, string Path, LocalDate? Departure, LocalDate? Arrived)
{
    /// <summary>The partner's id, for the first person and the partner.</summary>
    public string? PartnerId { get; init; }

    /// <summary>The parents' ids, for a child.</summary>
    public ImmutableArray<string> ParentIds { get; init; } = [];

    /// <summary>True when the path was "don't know" and the transition document was used.</summary>
    public bool AssumedPath { get; init; }
}

/// <summary>What the public calculator answers.</summary>
public abstract record CalculatorOutcome
{
    private CalculatorOutcome()
    {
    }

    /// <summary>The form was not submitted yet.</summary>
    public sealed record Empty : CalculatorOutcome;

    /// <summary>Fields at fault, with their messages in the page's language.</summary>
    /// <param name="Errors">Field id and message.</param>
    public sealed record Invalid(ImmutableArray<(string Field, string Message)> Errors) : CalculatorOutcome;

    /// <summary>A COA location: outside the municipal living-allowance scheme, not calculated.</summary>
    public sealed record OutsideScheme : CalculatorOutcome;

    /// <summary>The answer for today and the months after protection ends.</summary>
    /// <param name="Now">Today.</param>
    /// <param name="After">The months from the day after protection ends to the end of the reception year (those after today).</param>
    /// <param name="ProtectionLastDay">The last day of protection.</param>
    /// <param name="AssumedRows">Rows whose "don't know" was calculated as the transition document.</param>
    /// <param name="Persons">Persons calculated.</param>
    public sealed record Calculated(MonthAnswer Now, ImmutableArray<MonthAnswer> After, LocalDate ProtectionLastDay, ImmutableArray<int> AssumedRows, int Persons) : CalculatorOutcome;
}

/// <summary>The households of one calculated date.</summary>
/// <param name="Date">The date calculated (its month is meant).</param>
/// <param name="Households">As the rules formed them.</param>
public sealed record MonthAnswer(LocalDate Date, ImmutableArray<HouseholdAnswer> Households);

/// <summary>One household's answer for a month, as the contract gives it.</summary>
/// <param name="Rows">The form rows (1-based person numbers) of its members.</param>
/// <param name="Allowance">Living allowance payable.</param>
/// <param name="Contribution">Own contribution due.</param>
/// <param name="Income">The household income counted.</param>
/// <param name="Provision"><c>allowance</c>, <c>social-assistance</c> or <c>ended</c>.</param>
/// <param name="SocialAssistance">The estimated social assistance, when that is the provision.</param>
/// <param name="HealthInsuranceFrom">From when basic health insurance is required, after protection.</param>
/// <param name="HealthInsurancePremium">Its estimated premium, when known.</param>
/// <param name="Provisional">Whether a provisional parameter was used.</param>
/// <param name="Explanation">The rules that contributed (rule id and value), in order.</param>
public sealed record HouseholdAnswer(
    ImmutableArray<int> Rows,
    decimal Allowance,
    decimal Contribution,
    decimal Income,
    string Provision,
    decimal? SocialAssistance,
    LocalDate? HealthInsuranceFrom,
    decimal? HealthInsurancePremium,
    bool Provisional,
    ImmutableArray<ExplanationLine> Explanation);

/// <summary>One step of the explanation: the rule and its value (the page words it; the id stays in the technical details).</summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Value">Euros, or <c>null</c>.</param>
public sealed record ExplanationLine(string Rule, decimal? Value);
