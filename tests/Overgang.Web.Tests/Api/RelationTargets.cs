using Microsoft.EntityFrameworkCore;
using Overgang.Registry;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// Targets for the relation tests, in the allowance scheme, in a municipality, taken from the start of the household order
/// (the other changing tests take theirs from the end), by position: households of exactly two adult partners, and a child
/// with a responsible adult.
/// </summary>
public static class RelationTargets
{
    public static (string HouseholdId, string First, string Second) Couple(WebServer server, string municipality, int position)
    {
        using var context = server.Database.Open();
        var adultBefore = WebServer.Today.PlusYears(-18);
        var found = 0;
        foreach (var household in Paid(server, context, municipality))
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

    /// <summary>A child and its one current responsible adult (a single period, unknown start), of a paid household in the municipality, by position.</summary>
    public static (string HouseholdId, string Child, string Parent) ChildAndParent(WebServer server, string municipality, int position)
    {
        using var context = server.Database.Open();
        var found = 0;
        foreach (var household in Paid(server, context, municipality))
        {
            var ids = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).Select(p => p.Id).ToList();
            var rows = context.Parents.AsNoTracking().Where(p => ids.Contains(p.PersonId)).ToList();
            var single = rows.GroupBy(r => (r.PersonId, r.ParentId)).Where(g => g.Count() == 1 && g.Single() is { Since: null, Until: null }).Select(g => g.Key)
                .OrderBy(k => k.PersonId, StringComparer.Ordinal).ThenBy(k => k.ParentId, StringComparer.Ordinal).FirstOrDefault();
            if (single.PersonId is not null && found++ == position)
            {
                return (household, single.PersonId, single.ParentId);
            }
        }

        throw new InvalidOperationException($"no child with a responsible adult at position {position} in {municipality}");
    }

    /// <summary>The households with a calculated payment in <paramref name="municipality"/>, but the shared target household, in ordinal order.</summary>
    private static List<string> Paid(WebServer server, RegistryContext context, string municipality)
    {
        var target = Targets.Of(server).HouseholdId;
        return context.Payments.AsNoTracking().Where(p => p.MunicipalityCode == municipality && p.Outcome == "calculated").Select(p => p.HouseholdId).ToList()
            .Select(k => k.Split('#')[0]).Distinct().Where(h => h != target).Order(StringComparer.Ordinal).ToList();
    }
}
