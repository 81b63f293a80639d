using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Overgang.Analysis.Projections;
using Overgang.Letters;
using Overgang.Web.Languages;

namespace Overgang.Web.Analysts;

/// <summary>
/// The analyst pages' words in Dutch, Ukrainian and English, keyed by the ids of the analysis data (scenarios, series,
/// metrics, member states, sources, factors). English comes from the data files where they have it.
/// </summary>
internal static partial class AnalystTexts
{
    /// <summary>A scenario's name.</summary>
    public static string ScenarioTitle(ProjectionScenario scenario, LetterLanguage l) => scenario.Id switch
    {
        "protracted-war" => l.T("Langdurige oorlog (patstelling)", "Затяжна війна (патова ситуація)", scenario.Title),
        "ceasefire" => l.T("Staakt-het-vuren in 2027", "Припинення вогню у 2027 році", scenario.Title),
        "front-collapse" => l.T("Ineenstorting van het front met nieuwe instroom", "Обвал фронту й нова хвиля прибуттів", scenario.Title),
        "early-end" => l.T("Vroeg einde van de bescherming (31 december 2026)", "Дострокове припинення захисту (31 грудня 2026 року)", scenario.Title),
        _ => scenario.Title,
    };

    /// <summary>What a scenario supposes.</summary>
    public static string ScenarioDescription(ProjectionScenario scenario, LetterLanguage l) => scenario.Id switch
    {
        "protracted-war" => l.T(
            "De oorlog gaat door zonder doorbraak; de tijdelijke bescherming eindigt op 4 maart 2027; de aannames zoals ze zijn gepubliceerd.",
            "Війна триває без прориву; тимчасовий захист закінчується 4 березня 2027 року; припущення такі, як їх опубліковано.",
            scenario.Description),
        "ceasefire" => l.T(
            "Een duurzaam staakt-het-vuren vanaf januari 2027; de staat van beleg wordt opgeheven, zodat mannen Oekraïne mogen verlaten (meer aankomsten vóór het einde), en meer mensen vertrekken uit Nederland, al blijft terugkeer beperkt.",
            "Стале припинення вогню з січня 2027 року; воєнний стан скасовують, тож чоловіки можуть виїжджати з України (більше прибуттів до кінця захисту), і більше людей виїжджає з Нідерландів, хоча повернення залишається обмеженим.",
            scenario.Description),
        "front-collapse" => l.T(
            "Het Oekraïense front stort begin 2027 in en een nieuwe groep vlucht naar Europa; minder mensen vertrekken.",
            "На початку 2027 року український фронт обвалюється, і нова група людей тікає до Європи; виїжджає менше людей.",
            scenario.Description),
        "early-end" => l.T(
            "De Raad beëindigt de tijdelijke bescherming eerder, op 31 december 2026, bij een duurzaam bestand; de paden beginnen in januari 2027.",
            "Рада ЄС достроково припиняє тимчасовий захист 31 грудня 2026 року за сталого перемирʼя; шляхи після захисту починаються в січні 2027 року.",
            scenario.Description),
        _ => scenario.Description,
    };

    /// <summary>A projected series' name.</summary>
    public static string Series(ProjectedSeries series, LetterLanguage l) => series.Id switch
    {
        "population" => l.T("Aanwezige personen (einde van de maand)", "Присутні особи (на кінець місяця)", series.Title),
        "arrivals" => l.T("Aankomsten per maand", "Прибуття за місяць", series.Title),
        "departures" => l.T("Vertrek per maand", "Виїзди за місяць", series.Title),
        "reception" => l.T("Personen in gemeentelijke opvang (einde van de maand)", "Особи в муніципальному розміщенні (на кінець місяця)", series.Title),
        "ind-documents" => l.T("Overgangsdocumenten afgegeven per maand (IND)", "Перехідні документи, видані за місяць (IND)", series.Title + " (IND)"),
        "social-assistance" => l.T("Bijstandsaanvragen per maand (gemeenten)", "Заяви на соціальну допомогу за місяць (муніципалітети)", series.Title + " (municipalities)"),
        "health-insurance" => l.T("Inschrijvingen zorgverzekering per maand (zorgverzekeraars)", "Оформлення медичного страхування за місяць (страховики)", series.Title + " (health insurers)"),
        "return-participants" => l.T("Deelnemers terugkeerprogramma nog in Nederland (einde van de maand; COA)", "Учасники програми повернення, які ще в Нідерландах (на кінець місяця; COA)", series.Title + " (COA)"),
        "asylum-applications" => l.T("Asielaanvragen per maand (IND)", "Заяви про притулок за місяць (IND)", series.Title + " (IND)"),
        "transitional-stays" => l.T("Personen met een overgangsverblijf, met behoud van opvang (einde van de maand; IND en gemeenten)", "Особи з перехідним перебуванням, які зберігають розміщення (на кінець місяця; IND і муніципалітети)", series.Title + " (IND and municipalities)"),
        _ => series.Title,
    };

    /// <summary>An official metric's name (figures for the Netherlands and the EU).</summary>
    public static string Metric(string metric, LetterLanguage l) => metric switch
    {
        "public_support_reception_pct" => l.T("Draagvlak voor de opvang van Oekraïners", "Підтримка прийому українців у суспільстві", "Public support for receiving Ukrainians"),
        "ukrainian_nationals_registered_since_start" => l.T("Ingeschreven met Oekraïense nationaliteit sinds het begin", "Зареєстровані громадяни України від початку", "Ukrainian nationals registered since the start"),
        "third_country_nationals_registered_since_start" => l.T("Ingeschreven derdelanders sinds het begin", "Зареєстровані громадяни третіх країн від початку", "Third-country nationals registered since the start"),
        "departed_since_start" => l.T("Vertrokken sinds het begin", "Виїхали від початку", "Departed since the start"),
        "brp_registered_tp" => l.T("Ingeschreven in de BRP met tijdelijke bescherming", "Зареєстровані в BRP з тимчасовим захистом", "Registered in the BRP under temporary protection"),
        "brp_registered_tp_ukrainian_nationality" => l.T("Ingeschreven met tijdelijke bescherming, Oekraïense nationaliteit", "Зареєстровані з тимчасовим захистом, громадяни України", "Registered under temporary protection, Ukrainian nationality"),
        "brp_registered_tp_other_nationality" => l.T("Ingeschreven met tijdelijke bescherming, andere nationaliteit", "Зареєстровані з тимчасовим захистом, інше громадянство", "Registered under temporary protection, other nationality"),
        "brp_deregistered_tp" => l.T("Uitgeschreven uit de BRP (opgeteld sinds het begin)", "Зняті з реєстрації в BRP (загалом від початку)", "Deregistered from the BRP (cumulative)"),
        "municipal_reception_persons" => l.T("Personen in gemeentelijke opvang", "Особи в муніципальному розміщенні", "Persons in municipal reception"),
        "reception_occupancy_pct" => l.T("Bezetting van de opvang", "Заповненість місць розміщення", "Reception occupancy"),
        "present_in_nl_cbs" => l.T("Nog in Nederland (cohortonderzoek CBS)", "Ще в Нідерландах (когортне дослідження CBS)", "Still in the Netherlands (CBS cohort study)"),
        "arrivals_since_start_cbs" => l.T("Aangekomen sinds het begin (CBS)", "Прибули від початку (CBS)", "Arrived since the start (CBS)"),
        "coa_reception_persons" => l.T("Personen in opvang van het COA", "Особи в розміщенні COA", "Persons in COA reception"),
        "reception_places" => l.T("Opvangplaatsen", "Місця розміщення", "Reception places"),
        "reception_occupied" => l.T("Bezette opvangplaatsen", "Зайняті місця розміщення", "Occupied reception places"),
        "public_support_reception_bertelsmann_pct" => l.T("Draagvlak voor de opvang van Oekraïners (peiling Bertelsmann)", "Підтримка прийому українців (опитування Bertelsmann)", "Public support for receiving Ukrainians (Bertelsmann poll)"),
        "public_view_receive_fewer_pct" => l.T("Vindt dat Nederland minder Oekraïners moet opvangen", "Вважають, що Нідерланди мають приймати менше українців", "Think the Netherlands should receive fewer Ukrainians"),
        "public_support_until_safe_pct" => l.T("Draagvlak voor opvang tot Oekraïne veilig is", "Підтримка прийому, доки в Україні не стане безпечно", "Support for reception until Ukraine is safe"),
        "ukrainian_nationals_registered_women" => l.T("Ingeschreven met Oekraïense nationaliteit sinds het begin: vrouwen", "Зареєстровані громадяни України від початку: жінки", "Ukrainian nationals registered since the start: women"),
        "ukrainian_nationals_registered_men" => l.T("Ingeschreven met Oekraïense nationaliteit sinds het begin: mannen", "Зареєстровані громадяни України від початку: чоловіки", "Ukrainian nationals registered since the start: men"),
        "men_15_65_share_pct" => l.T("Aandeel mannen van 15 tot 65 jaar", "Частка чоловіків віком від 15 до 65 років", "Share of men aged 15 to 65"),
        "departed_to_ukraine" => l.T("Vertrokken sinds het begin: terug naar Oekraïne", "Виїхали від початку: повернулися в Україну", "Departed since the start: back to Ukraine"),
        "departed_to_other_country" => l.T("Vertrokken sinds het begin: naar een ander land", "Виїхали від початку: до іншої країни", "Departed since the start: to another country"),
        "departed_destination_unknown" => l.T("Vertrokken sinds het begin: bestemming onbekend", "Виїхали від початку: країна призначення невідома", "Departed since the start: destination unknown"),
        "employed_cbs_pct" => l.T("Aandeel met werk (CBS)", "Частка тих, хто працює (CBS)", "Share in work (CBS)"),
        "employed_after_4_months_first_cohort_pct" => l.T("Aan het werk na vier maanden: eerste groep (eerste helft 2022)", "Працюють через чотири місяці: перша група (перша половина 2022 року)", "In work after four months: first group (first half of 2022)"),
        "employed_after_4_months_later_cohorts_pct" => l.T("Aan het werk na vier maanden: latere groepen", "Працюють через чотири місяці: пізніші групи", "In work after four months: later groups"),
        "employed_after_4_months_third_country_pct" => l.T("Aan het werk na vier maanden: derdelanders", "Працюють через чотири місяці: громадяни третіх країн", "In work after four months: third-country nationals"),
        "municipal_reception_share_pct" => l.T("Aandeel in gemeentelijke opvang", "Частка в муніципальному розміщенні", "Share in municipal reception"),
        "host_family_share_pct" => l.T("Aandeel bij een gastgezin", "Частка, що живе в приймальній родині", "Share with a host family"),
        "private_reception_share_pct" => l.T("Aandeel in particuliere opvang", "Частка в приватному розміщенні", "Share in private reception"),
        "labour_participation_locov_pct" => l.T("Aan het werk, 15 tot 75 jaar (LOCOV)", "Працюють, вік від 15 до 75 років (LOCOV)", "In work, aged 15 to 75 (LOCOV)"),
        "labour_participation_pct" => l.T("Arbeidsparticipatie", "Участь у ринку праці", "Labour participation"),
        "locov_plan_stay_24_months_pct" => l.T("Van plan de komende 24 maanden in Nederland te blijven (LOCOV)", "Планують залишитися в Нідерландах наступні 24 місяці (LOCOV)", "Plan to stay in the Netherlands the next 24 months (LOCOV)"),
        "locov_certain_leave_24_months_pct" => l.T("Zeker van plan binnen 24 maanden te vertrekken (LOCOV)", "Точно планують виїхати протягом 24 місяців (LOCOV)", "Certain to leave within 24 months (LOCOV)"),
        "locov_return_if_safe_certain_pct" => l.T("Zou zeker teruggaan als het veilig is (LOCOV)", "Точно повернулися б, якщо стане безпечно (LOCOV)", "Would certainly return if safe (LOCOV)"),
        "locov_return_if_safe_maybe_pct" => l.T("Zou misschien teruggaan als het veilig is (LOCOV)", "Можливо, повернулися б, якщо стане безпечно (LOCOV)", "Would maybe return if safe (LOCOV)"),
        "locov_return_if_safe_no_pct" => l.T("Wil niet terug, ook niet als het veilig is (LOCOV)", "Не планують повертатися, навіть якщо стане безпечно (LOCOV)", "No intention to return, even if safe (LOCOV)"),
        "seo_displaced_base" => l.T("Ontheemden in Nederland (SEO)", "Переміщені особи в Нідерландах (SEO)", "Displaced persons in the Netherlands (SEO)"),
        "seo_labour_force_share_pct" => l.T("Aandeel in de beroepsbevolking (SEO)", "Частка серед робочої сили (SEO)", "Share in the labour force (SEO)"),
        "seo_working_share_of_labour_force_pct" => l.T("Aandeel van de beroepsbevolking dat werkt (SEO)", "Частка робочої сили, яка працює (SEO)", "Share of the labour force in work (SEO)"),
        "tp_beneficiaries" => l.T("Personen met tijdelijke bescherming", "Особи з тимчасовим захистом", "Beneficiaries of temporary protection"),
        "tp_adult_men_share" => l.T("Aandeel volwassen mannen onder hen", "Частка дорослих чоловіків серед них", "Share of adult men among them"),
        "asylum_applications_ukrainian" => l.T("Asielaanvragen van Oekraïners", "Заяви українців про притулок", "Asylum applications by Ukrainians"),
        "asylum_recognition_rate" => l.T("Erkenningspercentage van die aanvragen", "Частка схвалених заяв про притулок", "Recognition rate of those applications"),
        "tp_decisions" => l.T("Besluiten die tijdelijke bescherming verlenen", "Рішення про надання тимчасового захисту", "Decisions granting temporary protection"),
        "returns_to_ukraine" => l.T("Teruggekeerd naar Oekraïne", "Повернулися в Україну", "Returned to Ukraine"),
        "tp_minors" => l.T("Minderjarigen met tijdelijke bescherming", "Неповнолітні з тимчасовим захистом", "Minors under temporary protection"),
        "tp_school_age_children" => l.T("Leerplichtige kinderen onder hen", "Діти шкільного віку серед них", "Children of compulsory-school age among them"),
        "school_enrolment" => l.T("Ingeschreven op een school", "Зараховані до шкіл", "Enrolled in schools"),
        _ => l.T("Ander cijfer", "Інший показник", "Other figure"),
    };

    /// <summary>True when the page has a name for the metric (a test checks every metric of the data files).</summary>
    public static bool KnowsMetric(string metric) => Metric(metric, LetterLanguage.English) != "Other figure";

    /// <summary>A member state or EU aggregate.</summary>
    public static string MemberState(string code, LetterLanguage l) => code switch
    {
        "NL" => l.T("Nederland", "Нідерланди", "Netherlands"),
        "DE" => l.T("Duitsland", "Німеччина", "Germany"),
        "PL" => l.T("Polen", "Польща", "Poland"),
        "CZ" => l.T("Tsjechië", "Чехія", "Czechia"),
        "ES" => l.T("Spanje", "Іспанія", "Spain"),
        "IT" => l.T("Italië", "Італія", "Italy"),
        "RO" => l.T("Roemenië", "Румунія", "Romania"),
        "EU27" => l.T("EU (27 lidstaten)", "ЄС (27 держав-членів)", "EU (27 member states)"),
        "EU+" => l.T("EU+ (met IJsland, Liechtenstein, Noorwegen en Zwitserland)", "ЄС+ (з Ісландією, Ліхтенштейном, Норвегією та Швейцарією)", "EU+ (with Iceland, Liechtenstein, Norway and Switzerland)"),
        "EU" => l.T("EU (lidstaten niet genoemd)", "ЄС (держави не названо)", "EU (member states not named)"),
        _ => code,
    };

    /// <summary>A unit for an axis.</summary>
    public static string Unit(string unit, LetterLanguage l) => unit switch
    {
        "persons" => l.T("personen", "осіб", "persons"),
        "places" => l.T("plaatsen", "місць", "places"),
        "percent" => l.T("procent", "відсотків", "percent"),
        "decisions" => l.T("besluiten", "рішень", "decisions"),
        "applications" => l.T("aanvragen", "заяв", "applications"),
        _ => "",
    };

    /// <summary>A figure's value in the page's language with its unit where it is a percentage.</summary>
    public static string Value(double value, string unit, LetterLanguage l)
    {
        var text = Math.Abs(value - Math.Round(value)) < 1e-9 ? Numbers.Count((long)Math.Round(value), l) : Decimal(value, 1, l);
        return unit == "percent" ? l.T(text + "%", text + " %", text + "%") : text;
    }

    /// <summary>A number with decimals, with the language's decimal separator.</summary>
    public static string Decimal(double value, int decimals, LetterLanguage l)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return l == LetterLanguage.English ? text : text.Replace('.', ',');
    }

    /// <summary>A count rounded to whole persons.</summary>
    public static string Whole(double value, LetterLanguage l) => Numbers.Count((long)Math.Round(value), l);

    /// <summary>A month as name and year.</summary>
    public static string Month(YearMonth month, LetterLanguage l) =>
        Components.Shared.Texts.Month(month, l);

    /// <summary>
    /// A source citation such as <c>003:4</c> or <c>002:128-130; 002:185</c> in words: the document's name and the
    /// lines ("Kamerbrief november 2025, regel 4"). Quoted source text is left out (the API has the source as written).
    /// </summary>
    public static string Source(string source, LetterLanguage l)
    {
        var parts = Citation().Matches(source).Select(m =>
        {
            var lines = m.Groups["lines"].Value.Replace('-', '–');
            var word = lines.Contains('–', StringComparison.Ordinal) ? l.T("regels", "рядки", "lines") : l.T("regel", "рядок", "line");
            return Document(m.Groups["doc"].Value, l) + ", " + word + " " + lines;
        }).ToList();
        return parts.Count > 0 ? string.Join("; ", parts) : source;
    }

    /// <summary>A seed document by its number.</summary>
    public static string Document(string number, LetterLanguage l) => number switch
    {
        "000" => l.T("Clingendael, juni 2024", "Clingendael, червень 2024 року", "Clingendael, June 2024"),
        "001" => l.T("Clingendael, juni 2025", "Clingendael, червень 2025 року", "Clingendael, June 2025"),
        "002" => l.T("Europese Commissie, mededeling 2025", "Європейська комісія, повідомлення 2025 року", "European Commission, communication 2025"),
        "003" => l.T("Kamerbrief opvang Oekraïne, november 2025", "Лист до парламенту про розміщення українців, листопад 2025 року", "Letter to parliament on reception from Ukraine, November 2025"),
        "004" => l.T("Kamerbrief opvang Oekraïne, januari 2025", "Лист до парламенту про розміщення українців, січень 2025 року", "Letter to parliament on reception from Ukraine, January 2025"),
        _ => l.T("document ", "документ ", "document ") + number,
    };

    /// <summary>A scorecard domain.</summary>
    public static string Domain(string id, string title, LetterLanguage l) => id switch
    {
        "ukraine" => l.T("Oekraïne: factoren voor migratie en terugkeer", "Україна: чинники міграції та повернення", "Ukraine: factors on migration and return"),
        "eu" => l.T("Andere EU-lidstaten: vestiging daar of doormigratie", "Інші держави — члени ЄС: облаштування там або подальша міграція", "Other EU member states: settlement there or onward migration"),
        "netherlands" => l.T("Nederland: keuze voor en vestiging in Nederland", "Нідерланди: вибір Нідерландів і облаштування тут", "The Netherlands: choice for and settlement in the Netherlands"),
        _ => title,
    };

    /// <summary>A scorecard factor: the report's Dutch name, its English translation, or the Ukrainian.</summary>
    public static string Factor(string id, string title, LetterLanguage l)
    {
        var open = title.IndexOf(" (", StringComparison.Ordinal);
        var (dutch, english) = open > 0 && title.EndsWith(')') ? (title[..open], title[(open + 2)..^1]) : (title, title);
        var ukrainian = id switch
        {
            "duur-van-het-conflict" => "Тривалість конфлікту",
            "intensiteit-van-het-conflict" => "Інтенсивність конфлікту",
            "bezet-oekraiens-gebied" => "Окупована територія України",
            "oekraiense-economie-en-wederopbouw" => "Економіка України та відбудова",
            "economische-integratie" => "Економічна інтеграція",
            "sociale-integratie" => "Соціальна інтеграція",
            "potentieel-voor-doormigratie" => "Потенціал подальшої міграції",
            "implementatie-tijdelijke-bescherming" => "Запровадження тимчасового захисту",
            "feitelijke-doorreismogelijkheden" => "Фактичні можливості подальшого переїзду",
            "verblijf-onder-de-rtb" => "Перебування за Директивою про тимчасовий захист",
            "opties-post-rtb" => "Можливості після завершення тимчасового захисту",
            "banden-en-terugkeer" => "Звʼязки та повернення",
            "veiligheid-in-oekraine" => "Безпека в Україні",
            "statuszekerheid" => "Визначеність статусу",
            "economisch-perspectief" => "Економічні перспективи",
            "huisvesting" => "Доступ до житла",
            "banden-met-nederland-en-oekraine" => "Звʼязки з Нідерландами та Україною",
            _ => english,
        };
        return l.T(dutch, ukrainian, english);
    }

    /// <summary>A scorecard indicator: the report's Dutch name, its English translation; in Ukrainian the report's own (Dutch) name, except the whole-factor indicator.</summary>
    public static string Indicator(string id, string title, LetterLanguage l)
    {
        if (id == "factor-as-a-whole")
        {
            return l.T("de factor als geheel", "чинник загалом", "the factor as a whole");
        }

        var open = title.IndexOf(" (", StringComparison.Ordinal);
        var (dutch, english) = open > 0 && title.EndsWith(')') ? (title[..open], title[(open + 2)..^1]) : (title, title);
        return l.T(dutch, dutch, english);
    }

    /// <summary>A scorecard period (<c>2024-06</c>) as the report's month.</summary>
    public static string Period(string id, LetterLanguage l) =>
        NodaTime.Text.YearMonthPattern.Iso.Parse(id) is { Success: true } parsed ? l.T("rapport ", "звіт за ", "report of ") + Month(parsed.Value, l) : id;

    /// <summary>The name of a downloadable table.</summary>
    public static string TableName(string id, LetterLanguage l) => id switch
    {
        "projection-assumptions" => l.T("Aannames met bronnen", "Припущення з джерелами", "Assumptions with sources"),
        "projection-summary" => l.T("Totalen en pieken", "Підсумки та піки", "Totals and peaks"),
        "projection-population" => l.T("Aanwezige personen per maand", "Присутні особи за місяцями", "Persons present per month"),
        "projection-reception" => l.T("Gemeentelijke opvang per maand", "Муніципальне розміщення за місяцями", "Municipal reception per month"),
        "projection-caseloads" => l.T("Werklast per organisatie", "Навантаження на організації", "Caseloads per organisation"),
        "projection-municipalities" => l.T("Bijstandsaanvragen per gemeente", "Заяви на соціальну допомогу за муніципалітетами", "Social-assistance applications per municipality"),
        "backtest" => l.T("Terugtoets", "Зворотна перевірка", "Back-test"),
        "backtest-summary" => l.T("Terugtoets, afwijking per cijfer", "Зворотна перевірка, похибка за показником", "Back-test, error per figure"),
        "monitor-figures" => l.T("Officiële cijfers Nederland", "Офіційні дані по Нідерландах", "Official figures for the Netherlands"),
        "monitor-eu-figures" => l.T("Cijfers per EU-lidstaat", "Дані за державами — членами ЄС", "Figures per EU member state"),
        "monitor-periods" => l.T("Rapportperioden", "Звітні періоди", "Report periods"),
        "monitor-scores" => l.T("Factorscores per periode", "Оцінки чинників за періодами", "Factor scores per period"),
        "monitor-changes" => l.T("Verandering van de scores", "Зміна оцінок", "Change of the scores"),
        "monitor-indicators" => l.T("Scores per indicator", "Оцінки за індикаторами", "Scores per indicator"),
        _ => l.T("Tabel", "Таблиця", "Table"),
    };

    [GeneratedRegex(@"(?<doc>\d{3}):(?<lines>\d+(?:-\d+)?)")]
    private static partial Regex Citation();
}
