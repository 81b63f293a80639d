using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Runs;
using Overgang.Rules.Countries;
using Overgang.Rules.Parameters;
using Overgang.Rules.Texts;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Countries;

/// <summary>
/// Reads a person's protection registrations and has the rules check the national options of those member states
/// against them (<see cref="OptionChecker"/>); the read is audited. The Dutch options are left to the transition decision.
/// </summary>
public sealed class NationalOptionService(RegistryContext context, AccessLog log, IClock clock, ParameterTree parameters)
{
    /// <summary>The person's national options on today's legal day, within the caller's scope.</summary>
    public async Task<CaseResult<NationalOptionsView>> ReadAsync(Caller caller, string id, TextLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var person = await context.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<NationalOptionsView>.NotFound();
        }

        if (!caller.MayRead(person.Id, person.MunicipalityCode))
        {
            return new CaseResult<NationalOptionsView>.Refused();
        }

        var protections = await context.Protections.AsNoTracking().Where(r => r.PersonId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var today = CaseClock.Today(clock);
        var facts = TransitionInputs.Facts(person, protections, null, null);
        await log.ReadAsync(context, caller, "person.national-options", [id], cancellationToken).ConfigureAwait(false);
        var checks = facts is null ? [] : OptionChecker.Check(CountryPackages.Default, facts, today, parameters);
        return new CaseResult<NationalOptionsView>.Ok(new NationalOptionsView(id, today, Code(language),
            [.. checks.Select(c => new NationalOptionCheckView(c.MemberState, c.OptionId, Outcome(c.Outcome),
                [.. c.Explanation.Select(i => new NationalOptionStep(RuleTexts.Explain(i, language, _ => null), i.Rule, i.Reference, i.Text))]))]));
    }

    private static string Code(TextLanguage language) => language switch
    {
        TextLanguage.Dutch => "nl",
        TextLanguage.Ukrainian => "uk",
        _ => "en",
    };

    private static string Outcome(OptionOutcome outcome) => outcome switch
    {
        OptionOutcome.Eligible => "eligible",
        OptionOutcome.NotEligible => "not-eligible",
        OptionOutcome.Unknown => "unknown",
        _ => "decided-by-transition",
    };
}
