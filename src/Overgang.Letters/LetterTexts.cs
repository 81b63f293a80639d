using System.Collections.Frozen;
using System.Collections.Immutable;
using Overgang.Rules.Transition;
using Ids = Overgang.Rules.Transition.TransitionRuleIds;

namespace Overgang.Letters;

/// <summary>The wording of letters in one language. Placeholders in braces (<c>{end}</c>) are filled by the composer.</summary>
/// <remarks>Plain language on purpose: short sentences, "you", no rule ids. The rule ids and sources stay in the JSON output.</remarks>
internal sealed class LetterTexts
{
    public required string Title { get; init; }

    public required string Salutation { get; init; }

    public required string Intro { get; init; }

    public required string OutcomeHeading { get; init; }

    public required string ReasonsHeading { get; init; }

    public required string ActionsHeading { get; init; }

    public required string TasksHeading { get; init; }

    public required string ReviewHeading { get; init; }

    public required string ProvisionalHeading { get; init; }

    public required string DueBy { get; init; }

    public required string NoDue { get; init; }

    public required string ProvisionalDate { get; init; }

    public required string FromDate { get; init; }

    public required string ReviewIntro { get; init; }

    public required string Provisional { get; init; }

    public required string Closing { get; init; }

    public required string DateLine { get; init; }

    public required string CaseLine { get; init; }

    public required string PostalLine { get; init; }

    public required string Moved { get; init; }

    public required string LegalBasisHeading { get; init; }

    public required string LegalBasisIntro { get; init; }

    public required string ObjectionHeading { get; init; }

    public required ImmutableArray<string> Objection { get; init; }

    public required string ContactHeading { get; init; }

    public required ImmutableArray<string> Contact { get; init; }

    public required string Placeholder { get; init; }

    public required FrozenDictionary<string, string> FieldNames { get; init; }

    public required Func<int, string> Weeks { get; init; }

    /// <summary>Acronyms and Dutch names a reader of this language may not know, with the explanation added at their first use.</summary>
    public required ImmutableArray<(string Term, string Explanation)> Glossary { get; init; }

    public required FrozenDictionary<(TransitionPath, bool), string> Outcomes { get; init; }

    public required FrozenDictionary<string, (string Met, string NotMet)> Reasons { get; init; }

    public required FrozenDictionary<ActionKind, string> Actions { get; init; }

    public required FrozenDictionary<TaskKind, string> Tasks { get; init; }

    public required FrozenDictionary<ActionOwner, string> Owners { get; init; }

    public required FrozenDictionary<ReviewFlags, string> Flags { get; init; }

    /// <summary>"N тиждень/тижні/тижнів" after "протягом" (genitive): 1 тижня, 2-4 тижнів... in the genitive every count but 1 takes тижнів.</summary>
    private static string UkrainianWeeks(int weeks) => weeks % 10 == 1 && weeks % 100 != 11 ? $"{weeks} тижня" : $"{weeks} тижнів";

    public static LetterTexts For(LetterLanguage language) => language switch
    {
        LetterLanguage.Dutch => _dutch,
        LetterLanguage.Ukrainian => _ukrainian,
        LetterLanguage.English => _english,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    private static readonly LetterTexts _dutch = new()
    {
        Title = "Besluit over uw verblijf na {end}",
        Salutation = "Beste {name},",
        Intro = "Uw tijdelijke bescherming in Nederland eindigt op {end}. In deze brief leest u wat er daarna voor u gebeurt, waarom, en wat er nog moet gebeuren. Wij hebben dit beoordeeld op {date}.",
        OutcomeHeading = "Uitkomst",
        ReasonsHeading = "Waarom",
        ActionsHeading = "Wat moet er nog gebeuren",
        TasksHeading = "Wat volgt er",
        ReviewHeading = "Persoonlijke beoordeling",
        ProvisionalHeading = "Voorlopig besluit",
        DueBy = "uiterlijk {date}",
        NoDue = "geen datum",
        ProvisionalDate = "voorlopige datum",
        FromDate = "vanaf {date}",
        ReviewIntro = "Uw situatie wordt ook persoonlijk bekeken, omdat:",
        Provisional = "Let op: dit besluit gebruikt een datum die de regering nog niet definitief heeft vastgesteld. Het besluit kan daardoor nog veranderen.",
        Closing = "Deze brief is opgesteld met Overgang op basis van de regels en bronnen die bij elk besluit horen (parameterversie {version}).",
        DateLine = "Datum: {date}",
        CaseLine = "Ons kenmerk: {case}",
        PostalLine = "Postadres: {postal}",
        Moved = "verschoven van {original}: een termijn ligt altijd ten minste {days} dagen na de datum van deze brief",
        LegalBasisHeading = "Grondslag van dit besluit",
        LegalBasisIntro = "Dit besluit berust op de volgende regels en bronnen:",
        ObjectionHeading = "Bezwaar maken",
        Objection =
        [
            "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken binnen {weeks} (artikel 6:7 van de Algemene wet bestuursrecht). De termijn begint op de dag na de datum van deze brief (artikel 6:8 van die wet). De laatste dag om bezwaar te maken is {objectionLast}.",
            "Stuur uw bezwaarschrift naar: {objectionAddress}.",
            "Zet in uw bezwaarschrift uw naam en adres, de datum, het kenmerk van deze brief ({case}), waarom u het niet eens bent met het besluit, en uw handtekening (artikel 6:5 van de Algemene wet bestuursrecht).",
        ],
        ContactHeading = "Contact",
        Contact =
        [
            "Hebt u vragen over dit besluit? Bel de IND: {phone}. Noem het kenmerk {case}.",
            "Hebt u vragen over opvang, leefgeld of wonen? Neem contact op met uw gemeente.",
        ],
        Placeholder = "[NOG NIET BEKEND: {field}]",
        FieldNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [LetterAuthority.ObjectionAddressId] = "bezwaaradres",
            [LetterAuthority.PostalAddressId] = "postadres",
            [LetterAuthority.PhoneId] = "telefoonnummer",
        }.ToFrozenDictionary(StringComparer.Ordinal),
        Weeks = weeks => weeks == 1 ? "1 week" : $"{weeks} weken",
        Glossary = [],
        Outcomes = new Dictionary<(TransitionPath, bool), string>
        {
            [(TransitionPath.NotEntitled, true)] = "U hebt in Nederland geen recht op een overgangsregeling, omdat uw tijdelijke bescherming (ook) in een ander EU-land is geregistreerd.",
            [(TransitionPath.ProtectionEnded, true)] = "Uw tijdelijke bescherming is al geëindigd na {tcnEnd}. U moet Nederland verlaten, uiterlijk op {tcnLeave}.",
            [(TransitionPath.ProtectionEnded, false)] = "Wij kunnen nog niet vaststellen of uw tijdelijke bescherming na {tcnEnd} is geëindigd. Daarvoor moet eerst iets worden uitgezocht.",
            [(TransitionPath.OtherStatus, true)] = "U hebt een andere verblijfsvergunning die na {end} geldig blijft. U hebt geen transitiedocument nodig.",
            [(TransitionPath.OtherStatus, false)] = "U hebt een andere verblijfsvergunning aangevraagd. Daarover is nog niet beslist.",
            [(TransitionPath.ReturnProgramme, true)] = "U doet mee aan het terugkeerprogramma. U houdt opvang en ondersteuning tot uw vertrekdatum.",
            [(TransitionPath.ReturnProgramme, false)] = "U hebt zich aangemeld voor het terugkeerprogramma, maar er moet nog iets gebeuren voordat u kunt deelnemen.",
            [(TransitionPath.TransitionDocument, true)] = "U krijgt een transitiedocument. Het is geldig van {from} tot en met {until}.",
            [(TransitionPath.TransitionDocument, false)] = "U kunt een transitiedocument krijgen, maar eerst moet er nog iets gebeuren.",
            [(TransitionPath.AsylumProcedure, true)] = "U krijgt geen transitiedocument. Uw verblijf wordt beoordeeld in de asielprocedure.",
        }.ToFrozenDictionary(),
        Reasons = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Ids.ProtectionInNetherlands] = ("U hebt tijdelijke bescherming in Nederland sinds {since}.", "Uw tijdelijke bescherming is niet in Nederland geregistreerd."),
            [Ids.SingleRegistration] = ("U bent niet in een ander EU-land geregistreerd voor tijdelijke bescherming.", "U bent ook in een ander EU-land geregistreerd voor tijdelijke bescherming ({states}). U kunt die bescherming maar in één land tegelijk hebben."),
            [Ids.TemporaryResidenceEnded] = ("U hebt alleen een tijdelijke verblijfsvergunning van Oekraïne en op {tcnEnd} liep er geen asielaanvraag of bezwaar. Daarom is uw bescherming geëindigd.", "Uw bescherming is niet eerder geëindigd op grond van een tijdelijk verblijfsrecht in Oekraïne."),
            [Ids.OtherPermit] = ("U hebt een andere verblijfsvergunning die geldig blijft na {end}.", "U hebt geen andere verblijfsvergunning die geldig is na {end}."),
            [Ids.ReturnCommitment] = ("U hebt de afspraken voor terugkeer ondertekend.", "U hebt geen afspraken voor terugkeer ondertekend."),
            [Ids.ReturnDeparture] = ("Uw vertrekdatum ligt uiterlijk op {receptionEnd}.", "Er is geen vertrekdatum afgesproken op of vóór {receptionEnd}."),
            [Ids.CutOff] = ("U had op of vóór {cutOff} al tijdelijke bescherming in Nederland.", "Uw tijdelijke bescherming in Nederland begon na {cutOff}."),
            [Ids.PublicOrder] = ("U bent door de openbare-ordecheck gekomen.", "De openbare-ordecheck is niet (of nog niet) met succes afgerond."),
            [Ids.AsylumWithdrawn] = ("U hebt geen lopende asielaanvraag (meer).", "U hebt uw asielaanvraag nog niet ingetrokken."),
            [Ids.AsylumProcedure] = ("Zonder transitiedocument loopt uw asielaanvraag door, of is een nieuwe asielaanvraag de weg die overblijft.", "Zonder transitiedocument loopt uw asielaanvraag door."),
        }.ToFrozenDictionary(StringComparer.Ordinal),
        Actions = new Dictionary<ActionKind, string>
        {
            [ActionKind.WithdrawAsylumApplication] = "Trek uw asielaanvraag in.",
            [ActionKind.CompletePublicOrderCheck] = "De IND rondt de openbare-ordecheck af.",
            [ActionKind.DecidePermitApplication] = "De IND beslist over uw aanvraag voor een verblijfsvergunning.",
            [ActionKind.SignReturnCommitment] = "Onderteken de afspraken voor terugkeer.",
            [ActionKind.AgreeDepartureDate] = "Spreek een vertrekdatum af, uiterlijk op {receptionEnd}.",
            [ActionKind.EstablishAsylumPendingOnTcnEnd] = "De IND zoekt uit of uw asielaanvraag op {tcnEnd} nog liep.",
        }.ToFrozenDictionary(),
        Tasks = new Dictionary<TaskKind, string>
        {
            [TaskKind.TakeOutHealthInsurance] = "Sluit een basiszorgverzekering af en betaal de premie. De RMO vergoedt uw zorg dan niet meer.",
            [TaskKind.EnrolInHealthInsurance] = "De zorgverzekeraar neemt u op in de basisverzekering.",
            [TaskKind.AssessHouseholdForSocialAssistance] = "Het leefgeld stopt. De gemeente beoordeelt of uw huishouden recht heeft op bijstand.",
            [TaskKind.MoveToRegularHousing] = "De gemeente helpt u van de opvang naar een gewone woning. Zolang u in de opvang woont, betaalt u de eigen bijdrage.",
            [TaskKind.PayStatutoryTuition] = "Voor mbo, hbo of universiteit betaalt u het wettelijk collegegeld.",
            [TaskKind.NoCivicIntegration] = "U hoeft niet in te burgeren.",
            [TaskKind.ProvideReceptionUntilDeparture] = "De gemeente geeft u opvang en ondersteuning tot uw vertrek.",
            [TaskKind.LeaveTheNetherlands] = "Verlaat Nederland.",
        }.ToFrozenDictionary(),
        Owners = new Dictionary<ActionOwner, string>
        {
            [ActionOwner.Person] = "U",
            [ActionOwner.Ind] = "IND",
            [ActionOwner.Municipality] = "Gemeente",
            [ActionOwner.Insurer] = "Zorgverzekeraar",
            [ActionOwner.DTenV] = "DTenV",
        }.ToFrozenDictionary(),
        Flags = new Dictionary<ReviewFlags, string>
        {
            [ReviewFlags.MedicalTreatment] = "u een medische behandeling krijgt;",
            [ReviewFlags.SchoolAgeChild] = "er in uw huishouden een kind van schoolgaande leeftijd is;",
            [ReviewFlags.UnaccompaniedMinor] = "u minderjarig bent en geen volwassene in uw huishouden hebt;",
            [ReviewFlags.MultipleRegistration] = "u ook in een ander EU-land geregistreerd bent;",
            [ReviewFlags.SplitHousehold] = "leden van uw huishouden een verschillende uitkomst hebben;",
        }.ToFrozenDictionary(),
    };

    private static readonly LetterTexts _ukrainian = new()
    {
        Title = "Рішення щодо вашого перебування після {end}",
        Salutation = "Шановний(-а) {name}!",
        Intro = "Ваш тимчасовий захист у Нідерландах закінчується {end}. У цьому листі пояснено, що буде з вами після цього, чому, і що ще потрібно зробити. Ми оцінили вашу ситуацію {date}.",
        OutcomeHeading = "Результат",
        ReasonsHeading = "Чому",
        ActionsHeading = "Що ще потрібно зробити",
        TasksHeading = "Що буде далі",
        ReviewHeading = "Індивідуальний розгляд",
        ProvisionalHeading = "Попереднє рішення",
        DueBy = "не пізніше {date}",
        NoDue = "без дати",
        ProvisionalDate = "попередня дата",
        FromDate = "з {date}",
        ReviewIntro = "Вашу ситуацію також буде розглянуто індивідуально, тому що:",
        Provisional = "Увага: це рішення використовує дату, яку уряд ще остаточно не встановив. Тому рішення ще може змінитися.",
        Closing = "Цей лист складено за допомогою Overgang на підставі правил і джерел, що стосуються кожного рішення (версія параметрів {version}).",
        DateLine = "Дата: {date}",
        CaseLine = "Номер справи: {case}",
        PostalLine = "Поштова адреса: {postal}",
        Moved = "перенесено з {original}: строк завжди настає щонайменше через {days} днів після дати цього листа",
        LegalBasisHeading = "Підстави цього рішення",
        LegalBasisIntro = "Це рішення ґрунтується на таких правилах і джерелах (їх наведено мовою оригіналу):",
        ObjectionHeading = "Заперечення проти рішення (bezwaar)",
        Objection =
        [
            "Якщо ви не згодні з цим рішенням, ви можете подати заперечення (bezwaar) протягом {weeks} (стаття 6:7 Загального закону про адміністративне право, Algemene wet bestuursrecht). Строк починається наступного дня після дати цього листа (стаття 6:8 цього закону). Останній день для подання заперечення — {objectionLast}.",
            "Надішліть своє заперечення на адресу: {objectionAddress}.",
            "У запереченні вкажіть своє імʼя та адресу, дату, номер справи з цього листа ({case}), чому ви не згодні з рішенням, і поставте свій підпис (стаття 6:5 Загального закону про адміністративне право). Заперечення можна написати нідерландською мовою.",
        ],
        ContactHeading = "Контакти",
        Contact =
        [
            "Маєте запитання щодо цього рішення? Телефонуйте до IND: {phone}. Назвіть номер справи {case}.",
            "Маєте запитання щодо розміщення (opvang), допомоги на проживання (leefgeld) чи житла? Зверніться до свого муніципалітету.",
        ],
        Placeholder = "[ЩЕ НЕ ВІДОМО: {field}]",
        FieldNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [LetterAuthority.ObjectionAddressId] = "адреса для заперечень",
            [LetterAuthority.PostalAddressId] = "поштова адреса",
            [LetterAuthority.PhoneId] = "номер телефону",
        }.ToFrozenDictionary(StringComparer.Ordinal),
        Weeks = UkrainianWeeks,
        Glossary =
        [
            ("IND", "Служба імміграції та натуралізації Нідерландів"),
            ("RMO", "Regeling Medische zorg Oekraïense ontheemden — нідерландська програма, яка оплачує медичну допомогу переміщеним особам з України"),
            ("BRP", "Basisregistratie Personen — нідерландський реєстр мешканців, який ведуть муніципалітети"),
            ("COA", "Centraal Orgaan opvang asielzoekers — нідерландська агенція з розміщення шукачів притулку"),
            ("DTenV", "Dienst Terugkeer en Vertrek — нідерландська служба з питань повернення та виїзду"),
            ("Zvw", "Zorgverzekeringswet — нідерландський закон про медичне страхування"),
            ("Wlz", "Wet langdurige zorg — нідерландський закон про довготривалий догляд"),
            ("Awb", "Algemene wet bestuursrecht — нідерландський Загальний закон про адміністративне право"),
            ("RTB", "Richtlijn Tijdelijke Bescherming — Директива ЄС про тимчасовий захист"),
            ("RooO", "Regeling opvang ontheemden Oekraïne — нідерландські правила розміщення переміщених осіб з України"),
            ("mbo", "середня професійна освіта в Нідерландах"),
            ("hbo", "вища професійна освіта в Нідерландах"),
            ("wo", "університетська освіта в Нідерландах"),
        ],
        Outcomes = new Dictionary<(TransitionPath, bool), string>
        {
            [(TransitionPath.NotEntitled, true)] = "Ви не маєте права на перехідний режим у Нідерландах, тому що ваш тимчасовий захист зареєстровано (також) в іншій країні ЄС.",
            [(TransitionPath.ProtectionEnded, true)] = "Ваш тимчасовий захист уже закінчився: його останнім днем було {tcnEnd}. Ви повинні виїхати з Нідерландів не пізніше {tcnLeave}.",
            [(TransitionPath.ProtectionEnded, false)] = "Ми ще не можемо встановити, чи закінчився ваш тимчасовий захист після {tcnEnd}. Спочатку це потрібно зʼясувати.",
            [(TransitionPath.OtherStatus, true)] = "Ви маєте інший дозвіл на проживання, який діє після {end}. Перехідний документ вам не потрібен.",
            [(TransitionPath.OtherStatus, false)] = "Ви подали заяву на інший дозвіл на проживання. Рішення щодо неї ще не ухвалено.",
            [(TransitionPath.ReturnProgramme, true)] = "Ви берете участь у програмі повернення. Ви зберігаєте розміщення (opvang) та підтримку до дати виїзду.",
            [(TransitionPath.ReturnProgramme, false)] = "Ви зареєструвалися в програмі повернення, але перед участю ще потрібно дещо зробити.",
            [(TransitionPath.TransitionDocument, true)] = "Ви отримуєте перехідний документ. Він дійсний з {from} до {until} включно.",
            [(TransitionPath.TransitionDocument, false)] = "Ви можете отримати перехідний документ, але спочатку ще потрібно дещо зробити.",
            [(TransitionPath.AsylumProcedure, true)] = "Ви не отримуєте перехідного документа. Ваше перебування буде розглянуто в процедурі надання притулку.",
        }.ToFrozenDictionary(),
        Reasons = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Ids.ProtectionInNetherlands] = ("Ви маєте тимчасовий захист у Нідерландах з {since}.", "Ваш тимчасовий захист зареєстровано не в Нідерландах."),
            [Ids.SingleRegistration] = ("Ви не зареєстровані для тимчасового захисту в іншій країні ЄС.", "Ви також зареєстровані для тимчасового захисту в іншій країні ЄС ({states}). Цей захист можна мати лише в одній країні одночасно."),
            [Ids.TemporaryResidenceEnded] = ("Ви маєте лише тимчасовий дозвіл на проживання в Україні, і {tcnEnd} у вас не було незавершеної заяви про притулок чи заперечення (bezwaar). Тому ваш захист закінчився.", "Ваш захист не припинився достроково на підставі тимчасового права на проживання в Україні."),
            [Ids.OtherPermit] = ("Ви маєте інший дозвіл на проживання, який діє після {end}.", "Ви не маєте іншого дозволу на проживання, який діє після {end}."),
            [Ids.ReturnCommitment] = ("Ви підписали домовленості про повернення.", "Ви не підписали домовленостей про повернення."),
            [Ids.ReturnDeparture] = ("Дата вашого виїзду — не пізніше {receptionEnd}.", "Не погоджено дату виїзду до {receptionEnd} включно."),
            [Ids.CutOff] = ("Станом на {cutOff} ви вже мали тимчасовий захист у Нідерландах (тобто отримали його не пізніше цієї дати).", "Ваш тимчасовий захист у Нідерландах почався після {cutOff}."),
            [Ids.PublicOrder] = ("Ви успішно пройшли перевірку щодо громадського порядку.", "Перевірку щодо громадського порядку не пройдено (або ще не завершено)."),
            [Ids.AsylumWithdrawn] = ("У вас немає (більше) незавершеної заяви про притулок.", "Ви ще не відкликали свою заяву про притулок."),
            [Ids.AsylumProcedure] = ("Без перехідного документа ваша заява про притулок розглядається далі, або єдиним шляхом залишається нова заява про притулок.", "Без перехідного документа ваша заява про притулок розглядається далі."),
        }.ToFrozenDictionary(StringComparer.Ordinal),
        Actions = new Dictionary<ActionKind, string>
        {
            [ActionKind.WithdrawAsylumApplication] = "Відкличте свою заяву про притулок.",
            [ActionKind.CompletePublicOrderCheck] = "IND завершує перевірку щодо громадського порядку.",
            [ActionKind.DecidePermitApplication] = "IND ухвалює рішення щодо вашої заяви на дозвіл на проживання.",
            [ActionKind.SignReturnCommitment] = "Підпишіть домовленості про повернення.",
            [ActionKind.AgreeDepartureDate] = "Погодьте дату виїзду, не пізніше {receptionEnd}.",
            [ActionKind.EstablishAsylumPendingOnTcnEnd] = "IND зʼясовує, чи ваша заява про притулок ще розглядалася {tcnEnd}.",
        }.ToFrozenDictionary(),
        Tasks = new Dictionary<TaskKind, string>
        {
            [TaskKind.TakeOutHealthInsurance] = "Оформіть базове медичне страхування та сплачуйте страхові внески. Після цього RMO більше не оплачує вашу медичну допомогу.",
            [TaskKind.EnrolInHealthInsurance] = "Страхова компанія оформлює вас у базовому страхуванні.",
            [TaskKind.AssessHouseholdForSocialAssistance] = "Допомога на проживання (leefgeld) припиняється. Муніципалітет перевіряє, чи має ваше домогосподарство право на соціальну допомогу (bijstand).",
            [TaskKind.MoveToRegularHousing] = "Муніципалітет допомагає вам переїхати з тимчасового розміщення (opvang) до звичайного житла. Поки ви живете в тимчасовому розміщенні, ви сплачуєте власний внесок (eigen bijdrage).",
            [TaskKind.PayStatutoryTuition] = "За навчання в mbo, hbo чи університеті ви сплачуєте встановлену законом плату за навчання (wettelijk collegegeld).",
            [TaskKind.NoCivicIntegration] = "Обовʼязок інтеграції (inburgering) на вас не поширюється.",
            [TaskKind.ProvideReceptionUntilDeparture] = "Муніципалітет надає вам розміщення та підтримку до вашого виїзду.",
            [TaskKind.LeaveTheNetherlands] = "Виїдіть з Нідерландів.",
        }.ToFrozenDictionary(),
        Owners = new Dictionary<ActionOwner, string>
        {
            [ActionOwner.Person] = "Ви",
            [ActionOwner.Ind] = "IND",
            [ActionOwner.Municipality] = "Муніципалітет",
            [ActionOwner.Insurer] = "Страхова компанія",
            [ActionOwner.DTenV] = "DTenV",
        }.ToFrozenDictionary(),
        Flags = new Dictionary<ReviewFlags, string>
        {
            [ReviewFlags.MedicalTreatment] = "ви проходите лікування;",
            [ReviewFlags.SchoolAgeChild] = "у вашому домогосподарстві є дитина шкільного віку;",
            [ReviewFlags.UnaccompaniedMinor] = "ви неповнолітні й у вашому домогосподарстві немає дорослого;",
            [ReviewFlags.MultipleRegistration] = "ви також зареєстровані в іншій країні ЄС;",
            [ReviewFlags.SplitHousehold] = "члени вашого домогосподарства мають різні результати;",
        }.ToFrozenDictionary(),
    };

    private static readonly LetterTexts _english = new()
    {
        Title = "Decision on your stay after {end}",
        Salutation = "Dear {name},",
        Intro = "Your temporary protection in the Netherlands ends on {end}. This letter tells you what happens to you after that, why, and what still needs to be done. We assessed this on {date}.",
        OutcomeHeading = "Outcome",
        ReasonsHeading = "Why",
        ActionsHeading = "What still needs to be done",
        TasksHeading = "What follows",
        ReviewHeading = "Personal review",
        ProvisionalHeading = "Provisional decision",
        DueBy = "by {date}",
        NoDue = "no date",
        ProvisionalDate = "provisional date",
        FromDate = "from {date}",
        ReviewIntro = "Your situation will also be looked at personally, because:",
        Provisional = "Please note: this decision uses a date that the government has not yet finally set. The decision may therefore still change.",
        Closing = "This letter was prepared with Overgang from the rules and sources behind each decision (parameter version {version}).",
        DateLine = "Date: {date}",
        CaseLine = "Case number: {case}",
        PostalLine = "Postal address: {postal}",
        Moved = "moved from {original}: a deadline is always at least {days} days after the date of this letter",
        LegalBasisHeading = "Basis of this decision",
        LegalBasisIntro = "This decision rests on the following rules and sources (cited in their original language):",
        ObjectionHeading = "Objection (bezwaar)",
        Objection =
        [
            "If you do not agree with this decision, you can lodge an objection (bezwaar) within {weeks} (article 6:7 of the General Administrative Law Act, Algemene wet bestuursrecht). The term starts on the day after the date of this letter (article 6:8 of that act). The last day to object is {objectionLast}.",
            "Send your objection to: {objectionAddress}.",
            "In your objection, give your name and address, the date, the case number of this letter ({case}), why you do not agree with the decision, and your signature (article 6:5 of the General Administrative Law Act).",
        ],
        ContactHeading = "Contact",
        Contact =
        [
            "Questions about this decision? Call the IND: {phone}. Give the case number {case}.",
            "Questions about reception (opvang), the living allowance (leefgeld) or housing? Please contact your municipality.",
        ],
        Placeholder = "[NOT YET KNOWN: {field}]",
        FieldNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [LetterAuthority.ObjectionAddressId] = "address for objections",
            [LetterAuthority.PostalAddressId] = "postal address",
            [LetterAuthority.PhoneId] = "telephone number",
        }.ToFrozenDictionary(StringComparer.Ordinal),
        Weeks = weeks => weeks == 1 ? "1 week" : $"{weeks} weeks",
        Glossary =
        [
            ("IND", "Immigration and Naturalisation Service"),
            ("RMO", "Regeling Medische zorg Oekraïense ontheemden, the Dutch scheme that pays for the medical care of people displaced from Ukraine"),
            ("BRP", "Basisregistratie Personen, the Dutch register of residents kept by municipalities"),
            ("COA", "Centraal Orgaan opvang asielzoekers, the Dutch agency for the reception of asylum seekers"),
            ("DTenV", "Dienst Terugkeer en Vertrek, the Dutch Repatriation and Departure Service"),
            ("Zvw", "Zorgverzekeringswet, the Dutch Health Insurance Act"),
            ("Wlz", "Wet langdurige zorg, the Dutch Long-term Care Act"),
            ("Awb", "Algemene wet bestuursrecht, the Dutch General Administrative Law Act"),
            ("RTB", "Richtlijn Tijdelijke Bescherming, the EU Temporary Protection Directive"),
            ("RooO", "Regeling opvang ontheemden Oekraïne, the Dutch rules on the reception of people displaced from Ukraine"),
            ("mbo", "secondary vocational education in the Netherlands"),
            ("hbo", "higher professional education in the Netherlands"),
            ("wo", "university education in the Netherlands"),
        ],
        Outcomes = new Dictionary<(TransitionPath, bool), string>
        {
            [(TransitionPath.NotEntitled, true)] = "You are not entitled to a transition arrangement in the Netherlands, because your temporary protection is (also) registered in another EU country.",
            [(TransitionPath.ProtectionEnded, true)] = "Your temporary protection has already ended: its last day was {tcnEnd}. You must leave the Netherlands by {tcnLeave}.",
            [(TransitionPath.ProtectionEnded, false)] = "We cannot yet establish whether your temporary protection ended after {tcnEnd}. This must be looked into first.",
            [(TransitionPath.OtherStatus, true)] = "You hold another residence permit that remains valid after {end}. You do not need a transition document.",
            [(TransitionPath.OtherStatus, false)] = "You applied for another residence permit. No decision has been made on it yet.",
            [(TransitionPath.ReturnProgramme, true)] = "You take part in the return programme. You keep reception (opvang) and support until your departure date.",
            [(TransitionPath.ReturnProgramme, false)] = "You signed up for the return programme, but something still needs to be done before you can take part.",
            [(TransitionPath.TransitionDocument, true)] = "You will receive a transition document. It is valid from {from} up to and including {until}.",
            [(TransitionPath.TransitionDocument, false)] = "You can receive a transition document, but something needs to be done first.",
            [(TransitionPath.AsylumProcedure, true)] = "You will not receive a transition document. Your stay will be assessed in the asylum procedure.",
        }.ToFrozenDictionary(),
        Reasons = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            [Ids.ProtectionInNetherlands] = ("You have had temporary protection in the Netherlands since {since}.", "Your temporary protection is not registered in the Netherlands."),
            [Ids.SingleRegistration] = ("You are not registered for temporary protection in another EU country.", "You are also registered for temporary protection in another EU country ({states}). You can only have that protection in one country at a time."),
            [Ids.TemporaryResidenceEnded] = ("You only have a temporary Ukrainian residence permit and no asylum application or objection (bezwaar) was pending on {tcnEnd}. That is why your protection ended.", "Your protection did not end early on the grounds of a temporary right of residence in Ukraine."),
            [Ids.OtherPermit] = ("You hold another residence permit that remains valid after {end}.", "You hold no other residence permit that is valid after {end}."),
            [Ids.ReturnCommitment] = ("You signed the return commitment.", "You have not signed a return commitment."),
            [Ids.ReturnDeparture] = ("Your departure date is no later than {receptionEnd}.", "No departure date on or before {receptionEnd} has been agreed."),
            [Ids.CutOff] = ("You already had temporary protection in the Netherlands on or before {cutOff}.", "Your temporary protection in the Netherlands started after {cutOff}."),
            [Ids.PublicOrder] = ("You passed the public-order check.", "The public-order check has not (or not yet) been passed."),
            [Ids.AsylumWithdrawn] = ("You have no pending asylum application (any more).", "You have not yet withdrawn your asylum application."),
            [Ids.AsylumProcedure] = ("Without a transition document your asylum application continues, or a new asylum application is the remaining route.", "Without a transition document your asylum application continues."),
        }.ToFrozenDictionary(StringComparer.Ordinal),
        Actions = new Dictionary<ActionKind, string>
        {
            [ActionKind.WithdrawAsylumApplication] = "Withdraw your asylum application.",
            [ActionKind.CompletePublicOrderCheck] = "The IND completes the public-order check.",
            [ActionKind.DecidePermitApplication] = "The IND decides on your application for a residence permit.",
            [ActionKind.SignReturnCommitment] = "Sign the return commitment.",
            [ActionKind.AgreeDepartureDate] = "Agree a departure date, no later than {receptionEnd}.",
            [ActionKind.EstablishAsylumPendingOnTcnEnd] = "The IND establishes whether your asylum application was still pending on {tcnEnd}.",
        }.ToFrozenDictionary(),
        Tasks = new Dictionary<TaskKind, string>
        {
            [TaskKind.TakeOutHealthInsurance] = "Take out basic health insurance and pay the premium. The RMO will then no longer pay for your care.",
            [TaskKind.EnrolInHealthInsurance] = "The health insurer enrols you in basic health insurance.",
            [TaskKind.AssessHouseholdForSocialAssistance] = "The living allowance (leefgeld) stops. The municipality assesses whether your household is entitled to social assistance (bijstand).",
            [TaskKind.MoveToRegularHousing] = "The municipality helps you move from reception to a regular home. While you live in reception, you pay the own contribution (eigen bijdrage).",
            [TaskKind.PayStatutoryTuition] = "For mbo, hbo or university you pay the statutory tuition fee (wettelijk collegegeld).",
            [TaskKind.NoCivicIntegration] = "You do not have to complete civic integration.",
            [TaskKind.ProvideReceptionUntilDeparture] = "The municipality provides reception and support until you leave.",
            [TaskKind.LeaveTheNetherlands] = "Leave the Netherlands.",
        }.ToFrozenDictionary(),
        Owners = new Dictionary<ActionOwner, string>
        {
            [ActionOwner.Person] = "You",
            [ActionOwner.Ind] = "IND",
            [ActionOwner.Municipality] = "Municipality",
            [ActionOwner.Insurer] = "Health insurer",
            [ActionOwner.DTenV] = "DTenV",
        }.ToFrozenDictionary(),
        Flags = new Dictionary<ReviewFlags, string>
        {
            [ReviewFlags.MedicalTreatment] = "you are undergoing medical treatment;",
            [ReviewFlags.SchoolAgeChild] = "there is a child of school age in your household;",
            [ReviewFlags.UnaccompaniedMinor] = "you are a minor without an adult in your household;",
            [ReviewFlags.MultipleRegistration] = "you are also registered in another EU country;",
            [ReviewFlags.SplitHousehold] = "members of your household have different outcomes;",
        }.ToFrozenDictionary(),
    };
}
