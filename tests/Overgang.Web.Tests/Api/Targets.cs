using Microsoft.EntityFrameworkCore;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// The records the API tests aim at: the first demo person (persoon-1) in the first case worker's municipality, their
/// household and one of their tasks; a second case worker's municipality; and a household of each municipality that only
/// the tests changing data use.
/// </summary>
public sealed record Targets(string PersonId, string HouseholdId, long TaskId, string Municipality, string OtherMunicipality, string LocationId, long RunId)
{
    public static Targets Of(WebServer server)
    {
        var person = server.Accounts.First(a => a.Role == Roles.Person).Scope;
        var caseWorkers = server.Accounts.Where(a => a.Role == Roles.CaseWorker).ToList();
        using var context = server.Database.Open();
        var row = context.Persons.AsNoTracking().Single(p => p.Id == person);
        var task = context.Tasks.AsNoTracking().Join(context.Persons.Where(p => p.MunicipalityCode == row.MunicipalityCode), t => t.PersonId, p => p.Id, (t, _) => t.Id)
            .OrderBy(id => id).First();
        var other = caseWorkers.Select(c => c.Scope.Split(' ')[0]).First(code => code != row.MunicipalityCode);
        var location = context.Locations.AsNoTracking().Where(l => l.MunicipalityCode == row.MunicipalityCode).OrderBy(l => l.Id).Select(l => l.Id).First();
        var run = context.Runs.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Id).First();
        var (complaint, conversion) = QualityTargets.Ensure(context, location);
        return new Targets(row.Id, row.HouseholdId, task, row.MunicipalityCode, other, location, run) { ComplaintId = complaint, ConversionId = conversion };
    }

    /// <summary>A complaint about <see cref="LocationId"/> (issue 16).</summary>
    public long ComplaintId { get; init; }

    /// <summary>A planned conversion at <see cref="LocationId"/> (issue 16).</summary>
    public long ConversionId { get; init; }

    /// <summary>A household of a municipality that no other test reads, with an adult member in the allowance scheme, chosen by position.</summary>
    public static (string HouseholdId, string PersonId) SpareHousehold(WebServer server, string municipality, int position)
    {
        using var context = server.Database.Open();
        var paid = context.Payments.AsNoTracking().Where(p => p.MunicipalityCode == municipality && p.Outcome == "calculated").Select(p => p.HouseholdId).ToList()
            .Select(k => k.Split('#')[0]).Distinct().Order(StringComparer.Ordinal).ToList();
        var household = paid[paid.Count - 1 - position];
        var adult = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).OrderBy(p => p.BirthDate).First();
        return (household, adult.Id);
    }
}
