using Microsoft.EntityFrameworkCore;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// The household the case-file tests open (issue 14): of the first case worker's municipality, two or more members who
/// all have a stored decision and a Cyrillic name, and a task (not information) that every member has. No test changes it.
/// </summary>
public static class CaseFileTargets
{
    /// <summary>The placeholder a page row uses for the household (<see cref="PageLanguageTests"/>).</summary>
    public const string Placeholder = "{case-file}";

    /// <summary>The household's id.</summary>
    public static string Household(WebServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var municipality = server.Account(Roles.CaseWorker).Scope.Split(' ')[0];
        using var context = server.Database.Open();
        var persons = context.Persons.AsNoTracking().Where(p => p.MunicipalityCode == municipality)
            .Select(p => new { p.Id, p.HouseholdId, Cyrillic = p.GivenNameCyrillic != null && p.FamilyNameCyrillic != null }).ToList();
        var decided = context.Decisions.AsNoTracking().Select(d => d.PersonId).Distinct().ToHashSet(StringComparer.Ordinal);
        var tasks = Tasks(context);
        return persons.GroupBy(p => p.HouseholdId)
            .Where(g => g.Count() >= 2 && g.All(p => p.Cyrillic && decided.Contains(p.Id)) && Shared(tasks, [.. g.Select(p => p.Id)]) is not null)
            .Select(g => g.Key).Order(StringComparer.Ordinal).First();
    }

    /// <summary>A task code every member of the household has (the first in code order).</summary>
    public static string SharedTask(WebServer server, string household)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var context = server.Database.Open();
        var members = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).Select(p => p.Id).ToList();
        return Shared(Tasks(context), members)!;
    }

    private static ILookup<string, string> Tasks(Overgang.Registry.RegistryContext context) =>
        context.Tasks.AsNoTracking().Where(t => t.Code != null && t.Code != "no-civic-integration" && t.Code != "pay-statutory-tuition")
            .Select(t => new { t.PersonId, t.Code }).ToList().ToLookup(t => t.PersonId, t => t.Code!, StringComparer.Ordinal);

    private static string? Shared(ILookup<string, string> tasks, List<string> members) =>
        members.Select(m => tasks[m]).Aggregate((IEnumerable<string>?)null, (all, codes) => all is null ? codes : all.Intersect(codes))?.Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The placeholder a page row uses for a member of the household (the first by id; the edit pages).</summary>
    public const string PersonPlaceholder = "{person}";

    /// <summary>A page path with the placeholders replaced by the household's id and its first member's.</summary>
    public static string Resolve(WebServer server, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains(PersonPlaceholder, StringComparison.Ordinal))
        {
            var household = Household(server);
            using var context = server.Database.Open();
            var person = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).OrderBy(p => p.Id).Select(p => p.Id).First();
            path = path.Replace(PersonPlaceholder, person, StringComparison.Ordinal);
        }

        return path.Contains(Placeholder, StringComparison.Ordinal) ? path.Replace(Placeholder, Household(server), StringComparison.Ordinal) : path;
    }
}
