using Microsoft.EntityFrameworkCore;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// Couples for the relation tests: households of exactly two adult partners, in the allowance scheme, in a municipality,
/// taken from the start of the household order (the other changing tests take theirs from the end), by position.
/// </summary>
public static class RelationTargets
{
    public static (string HouseholdId, string First, string Second) Couple(WebServer server, string municipality, int position)
    {
        var target = Targets.Of(server).HouseholdId;
        using var context = server.Database.Open();
        var paid = context.Payments.AsNoTracking().Where(p => p.MunicipalityCode == municipality && p.Outcome == "calculated").Select(p => p.HouseholdId).ToList()
            .Select(k => k.Split('#')[0]).Distinct().Where(h => h != target).Order(StringComparer.Ordinal).ToList();
        var adultBefore = WebServer.Today.PlusYears(-18);
        var found = 0;
        foreach (var household in paid)
        {
            var members = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).OrderBy(p => p.Id).ToList();
            if (members.Count == 2 && members.All(m => m.BirthDate <= adultBefore) && members[0].PartnerId == members[1].Id && members[1].PartnerId == members[0].Id
                && found++ == position)
            {
                return (household, members[0].Id, members[1].Id);
            }
        }

        throw new InvalidOperationException($"no couple at position {position} in {municipality}");
    }
}
