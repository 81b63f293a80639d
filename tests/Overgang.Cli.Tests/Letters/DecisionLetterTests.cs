using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using CsCheck;
using NodaTime;
using Overgang.Letters;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Cli.Tests.Letters;

/// <summary>The letter as a decision (issue 11): authority, case number, legal basis, objection clause, deadlines after the letter's date, explained acronyms.</summary>
public sealed partial class DecisionLetterTests
{
    private static readonly LocalDate _protectionEnd = new(2027, 3, 4);

    private static readonly LetterLanguage[] _languages = [LetterLanguage.Dutch, LetterLanguage.Ukrainian, LetterLanguage.English];

    /// <summary>One person per path the letters word differently: a granted document (with a school-age child), a pending document, a third-country national whose protection ended, the return programme, another permit.</summary>
    private static readonly ImmutableArray<TransitionFacts> _persons =
    [
        Person("olena", new(1986, 5, 14), AsylumApplication.Withdrawn, PublicOrderCheck.Passed, household: "h1"),
        Person("taras", new(2012, 10, 3), AsylumApplication.None, PublicOrderCheck.Passed, household: "h1"),
        Person("andrii", new(1979, 1, 20), AsylumApplication.Pending, PublicOrderCheck.Pending) with { MedicalTreatment = true },
        Person("farid", new(1990, 8, 11), AsylumApplication.None, PublicOrderCheck.Passed) with { Residence = UkrainianResidence.Temporary },
        Person("maria", new(1960, 2, 2), AsylumApplication.Withdrawn, PublicOrderCheck.Passed) with { Return = new ReturnCommitment(true, new(2027, 6, 30)) },
        Person("ivan", new(1995, 3, 3), AsylumApplication.Pending, PublicOrderCheck.Passed) with { Permit = new OtherPermit(PermitKind.Work, new(2029, 1, 1)) },
    ];

    [Theory]
    [InlineData(LetterLanguage.Dutch, "bezwaar maken binnen 6 weken", "De laatste dag om bezwaar te maken is 15 april 2027.")]
    [InlineData(LetterLanguage.Ukrainian, "подати заперечення (bezwaar) протягом 6 тижнів", "Останній день для подання заперечення — 15 квітня 2027.")]
    [InlineData(LetterLanguage.English, "lodge an objection (bezwaar) within 6 weeks", "The last day to object is 15 April 2027.")]
    public void Letter_OnTheLastDayOfProtection_HasTheObjectionClauseWithSixWeeksAndItsLastDay(LetterLanguage language, string term, string lastDay)
    {
        // Given: letters dated Thursday 4 March 2027; six weeks from the day after end on Thursday 15 April 2027
        foreach (var (_, letter) in Letters(_protectionEnd, language))
        {
            // When
            var objection = Text(letter);

            // Then
            Assert.Contains(term, objection, StringComparison.Ordinal);
            Assert.Contains(lastDay, objection, StringComparison.Ordinal);
            Assert.Equal(6, letter.Facts.ObjectionWeeks);
            Assert.Equal(new LocalDate(2027, 4, 15), letter.Facts.ObjectionLastDay);
        }
    }

    [Theory]
    [InlineData("2027-03-04", "2027-04-15")] // a Thursday, six weeks later a Thursday
    [InlineData("2027-03-06", "2027-04-19")] // ends on Saturday 17 April: moves to Monday
    [InlineData("2027-02-15", "2027-03-30")] // ends on Easter Monday 29 March 2027: moves to Tuesday
    [InlineData("2027-03-16", "2027-04-28")] // ends on King's Day, Tuesday 27 April 2027
    [InlineData("2027-03-25", "2027-05-07")] // ends on Ascension Day, Thursday 6 May 2027
    [InlineData("2027-03-24", "2027-05-07")] // ends on 5 May, which the Algemene termijnenwet counts as a holiday: moves to 6 May (Ascension), then 7 May
    public void ObjectionLastDay_SixWeeksFromTheDayAfter_MovesOffWeekendsAndHolidays(string letterDate, string expected)
    {
        // Given
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(letterDate).Value;

        // When
        var last = LetterTerms.ObjectionLastDay(date, 6);

        // Then
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, last);
    }

    [Fact]
    public void Letters_AnyDateAroundTheEndOfProtection_StateNoDeadlineOnOrBeforeTheLetterDate()
    {
        // Given: letter dates from 1 September 2026 to 31 December 2027, and always 4 March 2027 itself
        var first = new LocalDate(2026, 9, 1);
        var check = (LocalDate date) =>
        {
            foreach (var language in _languages)
            {
                foreach (var (decision, letter) in Letters(date, language))
                {
                    // Then: every deadline is at least the minimum days after the letter's date, and the text states it
                    var text = Text(letter);
                    Assert.All(letter.Facts.Deadlines, deadline =>
                    {
                        Assert.True(deadline.Stated > date, $"{decision.PersonId} {date}: deadline {deadline.Stated} on or before the letter date");
                        Assert.True(deadline.Stated >= date.PlusDays(letter.Facts.MinimumDays));
                        Assert.Contains(LetterDates.Format(deadline.Stated, language), text, StringComparison.Ordinal);
                        Assert.Equal(deadline.Due < date.PlusDays(letter.Facts.MinimumDays), deadline.IsMoved);
                    });
                    foreach (var stated in DueDates(text, language))
                    {
                        Assert.True(stated > date, $"{decision.PersonId} {language} {date}: the text sets a deadline on {stated}");
                    }
                }
            }
        };

        // When
        check(_protectionEnd);
        Gen.Int[0, 486].Sample(offset => check(first.PlusDays(offset)), iter: 60);
    }

    [Theory]
    [InlineData(LetterLanguage.Dutch, "uiterlijk 18 maart 2027", "verschoven van 4 maart 2027: een termijn ligt altijd ten minste 14 dagen na de datum van deze brief")]
    [InlineData(LetterLanguage.Ukrainian, "не пізніше 18 березня 2027", "перенесено з 4 березня 2027: строк завжди настає щонайменше через 14 днів після дати цього листа")]
    [InlineData(LetterLanguage.English, "by 18 March 2027", "moved from 4 March 2027: a deadline is always at least 14 days after the date of this letter")]
    public void Letter_DatedOnTheDueDate_MovesTheDeadlineAndSaysSo(LetterLanguage language, string deadline, string moved)
    {
        // Given: Andrii must withdraw his asylum application by the last day of protection, the date of the letter
        var (_, letter) = Letters(_protectionEnd, language).Single(l => l.Decision.PersonId == "andrii");

        // When
        var text = Text(letter);

        // Then
        Assert.Contains(deadline, text, StringComparison.Ordinal);
        Assert.Contains(moved, text, StringComparison.Ordinal);
        Assert.DoesNotContain(language switch { LetterLanguage.Dutch => "uiterlijk 4 maart 2027", LetterLanguage.Ukrainian => "не пізніше 4 березня 2027", _ => "by 4 March 2027" }, text, StringComparison.Ordinal);
        Assert.Contains(letter.Facts.Deadlines, d => d.Due == _protectionEnd && d.Stated == new LocalDate(2027, 3, 18));
    }

    [Fact]
    public void Letter_BeforeTheEnd_KeepsADeadlineThatIsFarEnoughAway()
    {
        // Given: a letter dated 1 December 2026, three months before the last day of protection
        var (_, letter) = Letters(new LocalDate(2026, 12, 1), LetterLanguage.Dutch).Single(l => l.Decision.PersonId == "andrii");

        // Then
        Assert.Contains("uiterlijk 4 maart 2027", Text(letter), StringComparison.Ordinal);
        Assert.DoesNotContain("verschoven", Text(letter), StringComparison.Ordinal);
        Assert.All(letter.Facts.Deadlines, d => Assert.False(d.IsMoved));
    }

    [Fact]
    public void CaseNumber_SamePersonAndDate_IsTheSameInEveryLanguageAndRender()
    {
        // Given
        var letters = _languages.Select(language => Letters(_protectionEnd, language).Single(l => l.Decision.PersonId == "olena").Letter).ToList();

        // Then: pinned, so that it is the same on every machine and in every process
        Assert.All(letters, letter => Assert.Equal("OVG-2027-CB9A-91N8", letter.Facts.CaseNumber));
        Assert.All(letters, letter => Assert.Contains("OVG-2027-CB9A-91N8", letter.Letterhead[1], StringComparison.Ordinal));
        Assert.Equal(HtmlLetterRenderer.Render(letters[0]), HtmlLetterRenderer.Render(Letters(_protectionEnd, LetterLanguage.Dutch).Single(l => l.Decision.PersonId == "olena").Letter));
        Assert.Matches(CaseNumberShape(), letters[0].Facts.CaseNumber);
    }

    [Fact]
    public void CaseNumber_OtherPersonOrOtherDate_Differs()
    {
        // Given
        var date = _protectionEnd;

        // Then
        Assert.NotEqual(LetterTerms.CaseNumber("olena", date, "OVG"), LetterTerms.CaseNumber("taras", date, "OVG"));
        Assert.NotEqual(LetterTerms.CaseNumber("olena", date, "OVG"), LetterTerms.CaseNumber("olena", date.PlusDays(1), "OVG"));
        Assert.StartsWith("OVG-2028-", LetterTerms.CaseNumber("olena", new LocalDate(2028, 1, 2), "OVG"), StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_EveryPathAndLanguage_CarryNoRuleIdsOrParameterIds()
    {
        // Given: every rule id and every parameter id
        var ruleIds = typeof(TransitionRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        var parameterIds = ParameterTree.Default.Definitions.Select(d => d.Id).ToList();
        Assert.Contains("transition.cut-off", ruleIds);
        Assert.Contains("transition.document.cut-off", parameterIds);

        foreach (var date in new[] { new LocalDate(2026, 12, 1), _protectionEnd, new LocalDate(2027, 3, 5) })
        {
            foreach (var language in _languages)
            {
                foreach (var (decision, letter) in Letters(date, language))
                {
                    // When
                    var html = HtmlLetterRenderer.Render(letter);

                    // Then
                    Assert.DoesNotContain(ruleIds, id => html.Contains(id, StringComparison.Ordinal));
                    Assert.DoesNotContain(parameterIds, id => html.Contains(id, StringComparison.Ordinal));
                    Assert.False(DottedId().IsMatch(Text(letter)), $"{decision.PersonId} {language}: {DottedId().Match(Text(letter)).Value}");
                }
            }
        }
    }

    [Theory]
    [InlineData(LetterLanguage.Ukrainian)]
    [InlineData(LetterLanguage.English)]
    public void Letters_UkrainianAndEnglish_ExplainEveryAcronymAtItsFirstUse(LetterLanguage language)
    {
        // Given: what a Ukrainian or English reader must be told (EU needs no explanation in English)
        var explanations = language == LetterLanguage.Ukrainian
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["IND"] = "Служба імміграції та натуралізації", ["RMO"] = "Regeling Medische zorg Oekraïense ontheemden", ["BRP"] = "Basisregistratie Personen",
                ["mbo"] = "середня професійна освіта", ["hbo"] = "вища професійна освіта", ["COA"] = "Centraal Orgaan opvang asielzoekers",
                ["Zvw"] = "Zorgverzekeringswet", ["DTenV"] = "Dienst Terugkeer en Vertrek", ["Awb"] = "Algemene wet bestuursrecht",
            }
            : new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["IND"] = "Immigration and Naturalisation Service", ["RMO"] = "Regeling Medische zorg Oekraïense ontheemden", ["BRP"] = "Basisregistratie Personen",
                ["mbo"] = "secondary vocational education", ["hbo"] = "higher professional education", ["COA"] = "Centraal Orgaan opvang asielzoekers",
                ["Zvw"] = "Zorgverzekeringswet", ["DTenV"] = "Dienst Terugkeer en Vertrek", ["Awb"] = "Algemene wet bestuursrecht",
            };
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var date in new[] { new LocalDate(2026, 12, 1), _protectionEnd })
        {
            foreach (var (decision, letter) in Letters(date, language))
            {
                // When: the acronyms in reading order (placeholders and the case number are not words)
                var found = new HashSet<string>(StringComparer.Ordinal);
                foreach (var unit in letter.Texts())
                {
                    var text = Postcode().Replace(Placeholder().Replace(unit.Replace(letter.Facts.CaseNumber, "", StringComparison.Ordinal), ""), "");
                    foreach (Match match in Acronym().Matches(text))
                    {
                        var acronym = match.Value;
                        if ((acronym == "EU" && language == LetterLanguage.English) || !found.Add(acronym))
                        {
                            continue;
                        }

                        // Then: a known acronym, explained in the same line, paragraph or list item where it first appears
                        Assert.True(explanations.ContainsKey(acronym), $"{decision.PersonId}: unexplained acronym {acronym} in \"{text}\"");
                        Assert.Contains(explanations[acronym], text, StringComparison.Ordinal);
                        seen.Add(acronym);
                    }
                }
            }
        }

        Assert.Superset(new HashSet<string>(["IND", "RMO", "mbo", "hbo", "BRP"], StringComparer.Ordinal), seen);
    }

    [Theory]
    [InlineData(LetterLanguage.Dutch, "[NOG NIET BEKEND: bezwaaradres]")]
    [InlineData(LetterLanguage.Ukrainian, "[ЩЕ НЕ ВІДОМО: адреса для заперечень]")]
    [InlineData(LetterLanguage.English, "[NOT YET KNOWN: address for objections]")]
    public void Letter_ObjectionAddressWithoutSource_ShowsAVisiblePlaceholder(LetterLanguage language, string placeholder)
    {
        // Given: no published address for objections to the transition decision (letter-authority.yaml)
        Assert.True(LetterAuthority.Default.Field(LetterAuthority.ObjectionAddressId, _protectionEnd).IsProvisional);
        var (_, letter) = Letters(_protectionEnd, language).First();

        // Then
        Assert.Contains(placeholder, HtmlLetterRenderer.Render(letter), StringComparison.Ordinal);
        Assert.Equal(new[] { LetterAuthority.ObjectionAddressId }, letter.Facts.Placeholders.ToArray());
    }

    [Fact]
    public void Letter_ObjectionAddressWithASource_ShowsTheAddressAndNoPlaceholder()
    {
        // Given: the same data with an address for objections
        var yaml = LetterAuthority.EmbeddedYaml().Replace(
            "  - id: objection.address\n    from: 2025-01-01\n    provisional: true\n",
            "  - id: objection.address\n    from: 2025-01-01\n    value: 'Postbus 99999, 9999 ZZ Voorbeeld'\n",
            StringComparison.Ordinal);
        var authority = LetterAuthority.Read(yaml, "test.yaml");
        Assert.True(TransitionSchedule.TryFor(ParameterTree.Default, _protectionEnd, out var schedule, out _));
        var decision = TransitionDecider.DecideAll(_persons, schedule)[0];

        // When
        var letter = LetterComposer.Compose(decision, "Olena", schedule, LetterLanguage.Dutch, authority);

        // Then
        Assert.Contains("Stuur uw bezwaarschrift naar: Postbus 99999, 9999 ZZ Voorbeeld.", Text(letter), StringComparison.Ordinal);
        Assert.DoesNotContain("NOG NIET BEKEND", Text(letter), StringComparison.Ordinal);
        Assert.Empty(letter.Facts.Placeholders);
    }

    [Theory]
    [InlineData("  - id: authority.phone\n    from: 2025-01-01\n    value: '088 043 0430 (+31 88 043 0430)'\n    source:", "  - id: authority.phone\n    from: 2025-01-01\n    value: '088 043 0430 (+31 88 043 0430)'\n    nosource:", "authority.phone has no source")]
    [InlineData("  - id: objection.address\n    from: 2025-01-01\n    provisional: true\n", "  - id: objection.address\n    from: 2025-01-01\n", "objection.address has neither a value nor texts")]
    public void AuthorityData_FieldWithoutSourceOrUnmarkedWithoutValue_IsRefused(string find, string replace, string message)
    {
        // Given
        var yaml = LetterAuthority.EmbeddedYaml().Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(LetterAuthority.EmbeddedYaml(), yaml);

        // When
        var error = Assert.Throws<InvalidOperationException>(() => LetterAuthority.Read(yaml, "test.yaml"));

        // Then
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_LegalBasis_ShowsTheReferencesOfTheReasonsWithoutParameterTags()
    {
        // Given
        var (decision, letter) = Letters(_protectionEnd, LetterLanguage.Dutch).Single(l => l.Decision.PersonId == "olena");

        // When
        var basis = letter.Sections.Single(s => s.Heading == "Grondslag van dit besluit");

        // Then
        Assert.Contains("Verzamelbrief opvang Oekraïne nov. 2025, 003:28-32 (voorwaarden transitiedocument)", basis.Items);
        Assert.Contains(decision.Reasons, r => r.Reference.Contains('[', StringComparison.Ordinal));
        Assert.DoesNotContain(basis.Items, item => item.Contains('[', StringComparison.Ordinal));
        Assert.Equal(basis.Items.Length, basis.Items.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Letter_Letterhead_NamesTheIssuingAuthorityOnBehalfOfTheMinister()
    {
        // Given
        var (_, letter) = Letters(_protectionEnd, LetterLanguage.Dutch).First();

        // Then
        Assert.Equal("Immigratie- en Naturalisatiedienst (IND), namens de Minister van Asiel en Migratie", letter.Authority);
        Assert.Equal(new[] { "Postadres: Postbus 17, 9560 AA Ter Apel", "Ons kenmerk: OVG-2027-CB9A-91N8", "Datum: 4 maart 2027" }, letter.Letterhead.ToArray());
    }

    private static TransitionFacts Person(string id, LocalDate birth, AsylumApplication asylum, PublicOrderCheck check, string? household = null) =>
        new(id, birth, UkrainianResidence.Citizen, new Registration("NL", new LocalDate(2022, 4, 2)), [], asylum, null, false, check, null, null, false, household);

    private static IEnumerable<(TransitionDecision Decision, Letter Letter)> Letters(LocalDate date, LetterLanguage language)
    {
        Assert.True(TransitionSchedule.TryFor(ParameterTree.Default, date, out var schedule, out var missing), missing?.ToString());
        foreach (var decision in TransitionDecider.DecideAll(_persons, schedule))
        {
            yield return (decision, LetterComposer.Compose(decision, decision.PersonId, schedule, language));
        }
    }

    private static string Text(Letter letter) => string.Join("\n", letter.Texts());

    /// <summary>The dates the text sets as deadlines: those after the language's "by" phrase.</summary>
    private static IEnumerable<LocalDate> DueDates(string text, LetterLanguage language)
    {
        var (prefix, months) = language switch
        {
            LetterLanguage.Dutch => ("uiterlijk (?:op )?", "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
            LetterLanguage.Ukrainian => ("не пізніше ", "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"),
            _ => ("(?<![A-Za-z])by ", "January|February|March|April|May|June|July|August|September|October|November|December"),
        };
        var names = months.Split('|');
        foreach (Match match in Regex.Matches(text, $"{prefix}(\\d{{1,2}}) ({months}) (\\d{{4}})"))
        {
            yield return new LocalDate(int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), Array.IndexOf(names, match.Groups[2].Value) + 1, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^OVG-\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex CaseNumberShape();

    /// <summary>An id such as <c>transition.cut-off</c>: lower-case words joined by dots.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[a-z]+(?:\.[a-z0-9-]+)+")]
    private static partial Regex DottedId();

    /// <summary>Two or more capitals in a word (IND, RMO, DTenV, RooO), or a lower-case or mixed-case Dutch acronym (mbo, hbo, wo, Zvw, Wlz, Awb).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|mbo|hbo|wo|Zvw|Wlz|Awb)(?![\p{L}\p{N}])")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Placeholder();

    /// <summary>A Dutch postcode (9560 AA): its letters are not an acronym.</summary>
    [GeneratedRegex(@"\b\d{4} [A-Z]{2}\b")]
    private static partial Regex Postcode();
}
