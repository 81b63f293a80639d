using System.Collections.Immutable;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;

namespace Overgang.Web.Security;

/// <summary>
/// The accounts of the demo registry, made once when the registry has none: an administrator, an IND officer, an
/// analyst, case workers of the three municipalities with the most persons, and three displaced persons of the first of
/// them. All share one password, given by the operator or generated and printed once.
/// </summary>
public static class DemoAccounts
{
    /// <summary>Creates the demo accounts when there are no accounts at all; returns what it made (empty when it made none).</summary>
    public static ImmutableArray<DemoAccount> EnsureCreated(RegistryDatabase database, ParameterTree parameters, string password, Instant at)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(parameters);
        var today = Cases.CaseClock.Date(at);
        var adultsBornBefore = AgeOfMajority.TryYears(parameters, today, out var majority, out _)
            ? today.PlusYears(-majority).PlusDays(1)
            : today;
        using var context = database.Open();
        if (context.Accounts.Any())
        {
            return [];
        }

        var municipalities = context.Persons.AsNoTracking()
            .GroupBy(p => p.MunicipalityCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Code)
            .Take(3)
            .Select(g => g.Code)
            .ToList();
        var made = ImmutableArray.CreateBuilder<DemoAccount>();
        void Make(Caller identity, string displayName, string scope)
        {
            var problem = AccountStore.TryCreate(context, identity, displayName, password, at, "system:demo");
            if (problem is not null)
            {
                throw new InvalidOperationException("demo account " + identity.UserName + ": " + problem);
            }

            made.Add(new DemoAccount(identity.UserName, identity.Role, scope));
        }

        Make(new Caller("admin", Roles.Admin, null, null), "Beheerder", "");
        Make(new Caller("ind", Roles.Ind, null, null), "IND-medewerker", "");
        Make(new Caller("analist", Roles.Analyst, null, null), "Analist", "");
        Make(new Caller("dtenv", Roles.Departure, null, null), "DTenV-medewerker", "");
        foreach (var code in municipalities)
        {
            var name = context.Municipalities.AsNoTracking().Where(m => m.Code == code).Select(m => m.Name).Single();
            Make(new Caller("gemeente-" + code.ToLowerInvariant(), Roles.CaseWorker, code, null), "Medewerker " + name, code + " " + name);
        }

        if (municipalities.Count > 0)
        {
            var first = municipalities[0];
            var persons = context.Persons.AsNoTracking()
                .Where(p => p.MunicipalityCode == first && p.BirthDate < adultsBornBefore)
                .OrderBy(p => p.Id)
                .Take(3)
                .Select(p => new { p.Id, p.GivenName, p.FamilyName })
                .ToList();
            for (var i = 0; i < persons.Count; i++)
            {
                var person = persons[i];
                Make(new Caller("persoon-" + (i + 1).ToString(CultureInfo.InvariantCulture), Roles.Person, null, person.Id), person.GivenName + " " + person.FamilyName, person.Id);
            }
        }

        return made.ToImmutable();
    }
}
