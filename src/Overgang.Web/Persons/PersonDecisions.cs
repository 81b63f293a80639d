using Microsoft.EntityFrameworkCore;
using Overgang.Registry;
using Overgang.Registry.Runs;
using Overgang.Rules.Parameters;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Persons;

/// <summary>
/// Decides one person again (<see cref="PersonDecisionRun"/>) for the case file and the API: the decision, its tasks and
/// the audit entry are stored in one transaction, or nothing is.
/// </summary>
/// <remarks>
/// Who may: whoever may start a decisions run (the IND and administrators, for every person), and whoever may change
/// the person's facts (a case worker within their municipality).
/// </remarks>
public sealed class PersonDecisions(RegistryContext context, AccessLog log, ParameterTree parameters)
{
    /// <summary>True when the caller may decide the person again.</summary>
    public static bool MayDecide(Caller caller, string personId, string municipalityCode)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is Roles.Ind or Roles.Admin || caller.MayChange(personId, municipalityCode);
    }

    /// <summary>Decides the person again on the latest decisions run's date, replacing their decision and tasks in that run.</summary>
    public async Task<CaseResult<PersonDecided>> DecideAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var person = await context.Persons.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.MunicipalityCode }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<PersonDecided>.NotFound();
        }

        if (!MayDecide(caller, person.Id, person.MunicipalityCode))
        {
            return new CaseResult<PersonDecided>.Refused();
        }

        switch (PersonDecisionRun.Stage(context, id, parameters))
        {
            case PersonDecisionOutcome.Decided decided:
                await log.WriteAsync(context, caller, PersonDecisionRun.AuditAction, decided.Reason, [id], cancellationToken, decided.Data).ConfigureAwait(false);
                return new CaseResult<PersonDecided>.Ok(new PersonDecided(id, decided.RunNumber, decided.Date, decided.Path, decided.Status));
            case PersonDecisionOutcome.NoRun:
                return new CaseResult<PersonDecided>.Invalid("decision", "decision there is no decisions run yet; the person is decided with everyone in the first one", "no-run");
            case PersonDecisionOutcome.RunInProgress running:
                return new CaseResult<PersonDecided>.Invalid("decision", $"decision decisions run {running.RunNumber} has not finished; it decides the person", "run-in-progress");
            case PersonDecisionOutcome.Missing missing:
                return new CaseResult<PersonDecided>.Invalid("decision", "decision " + missing.Parameter.Message, "missing-parameter");
            default:
                return new CaseResult<PersonDecided>.NotFound();
        }
    }
}
