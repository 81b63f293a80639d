using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>The placeholder for a location of the first case worker's municipality with an inspection and a complaint.</summary>
    public const string Location = "{location}";

    /// <summary>The placeholder for an open link candidate (a Polish registration of a registry person).</summary>
    public const string LinkCandidate = "{link-candidate}";

    /// <summary>The placeholder for an adult of a household with a child of school age (a transitional stay to decide).</summary>
    public const string StayPerson = "{stay-person}";

    /// <summary>The placeholder for a person enrolled in the return programme.</summary>
    public const string ReturnPerson = "{return-person}";

    /// <summary>The placeholder for a finished run of a shipped reform.</summary>
    public const string ReformJob = "{reform-job}";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<WebServer, string> ReformJobs = [];

    /// <summary>A page path with each placeholder replaced by a real id of the test server.</summary>
    public static string Resolve(WebServer server, string path)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(path);
        var municipality = server.Account(Roles.CaseWorker).Scope.Split(' ')[0];
        return path switch
        {
            _ when path.Contains(PersonPlaceholder, StringComparison.Ordinal) => path.Replace(PersonPlaceholder, FirstMember(server), StringComparison.Ordinal),
            _ when path.Contains(Placeholder, StringComparison.Ordinal) => path.Replace(Placeholder, Household(server), StringComparison.Ordinal),
            _ when path.Contains(Location, StringComparison.Ordinal) => path.Replace(Location, QualityLocation(server, municipality), StringComparison.Ordinal),
            _ when path.Contains(LinkCandidate, StringComparison.Ordinal) => path.Replace(LinkCandidate,
                LinkReviewPageTests.Seed(server, "PL-WEB-LANGUAGE").Candidate.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            _ when path.Contains(StayPerson, StringComparison.Ordinal) => path.Replace(StayPerson, SchoolAdult(server), StringComparison.Ordinal),
            _ when path.Contains(ReturnPerson, StringComparison.Ordinal) => path.Replace(ReturnPerson, Enrolled(server), StringComparison.Ordinal),
            _ when path.Contains(ReformJob, StringComparison.Ordinal) => path.Replace(ReformJob, FinishedReform(server), StringComparison.Ordinal),
            _ => path,
        };
    }

    private static string FirstMember(WebServer server)
    {
        var household = Household(server);
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).OrderBy(p => p.Id).Select(p => p.Id).First();
    }

    private static string QualityLocation(WebServer server, string municipality)
    {
        using var context = server.Database.Open();
        var own = context.Locations.AsNoTracking().Where(l => l.MunicipalityCode == municipality).OrderBy(l => l.Id).Select(l => l.Id).ToList();
        QualityTargets.Ensure(context, own[0]);
        var inspected = context.Inspections.AsNoTracking().Select(i => i.LocationId).ToHashSet(StringComparer.Ordinal);
        var complained = context.Complaints.AsNoTracking().Select(c => c.LocationId).ToHashSet(StringComparer.Ordinal);
        return own.FirstOrDefault(l => inspected.Contains(l) && complained.Contains(l)) ?? own.First(complained.Contains);
    }

    private static string SchoolAdult(WebServer server)
    {
        using var context = server.Database.Open();
        var demo = context.Persons.AsNoTracking().Single(p => p.Id == server.Account(Roles.Person).Scope).HouseholdId;
        var registered = context.Protections.AsNoTracking().Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var young = WebServer.Today.PlusYears(-16);
        var old = WebServer.Today.PlusYears(-6);
        var adult = WebServer.Today.PlusYears(-25);
        var household = context.Persons.AsNoTracking().ToList().GroupBy(p => p.HouseholdId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .First(g => g.Key != demo && g.All(p => registered.Contains(p.Id)) && g.Any(p => p.BirthDate > young && p.BirthDate < old) && g.Any(p => p.BirthDate < adult));
        return household.Where(p => p.BirthDate < adult).OrderBy(p => p.Id, StringComparer.Ordinal).First().Id;
    }

    private static string Enrolled(WebServer server)
    {
        using var context = server.Database.Open();
        return context.ReturnCommitments.AsNoTracking().OrderBy(r => r.PersonId).Select(r => r.PersonId).First();
    }

    /// <summary>Starts a run of the first shipped reform once per test server and waits (up to five minutes) until it has finished.</summary>
    private static string FinishedReform(WebServer server)
    {
        lock (Gate)
        {
            var jobs = server.Services.GetRequiredService<Overgang.Web.Analysts.Reforms.ReformJobs>();
            if (!ReformJobs.TryGetValue(server, out var job) || jobs.Find(job) is null)
            {
                var reform = server.Services.GetRequiredService<Overgang.Web.Analysts.Reforms.ReformCatalogue>().Shipped[0];
                job = jobs.Start(reform, shipped: true) is Overgang.Web.Analysts.Reforms.ReformStart.Queued queued ? queued.JobId : throw new InvalidOperationException("the reform queue is full");
                ReformJobs[server] = job;
            }

            var until = DateTime.UtcNow.AddMinutes(5);
            while (jobs.Find(job)!.State.Status is not (Overgang.Web.Analysts.Reforms.ReformJobStatus.Finished or Overgang.Web.Analysts.Reforms.ReformJobStatus.Failed))
            {
                Assert.True(DateTime.UtcNow < until, "the reform run did not finish in five minutes");
                Thread.Sleep(200);
            }

            Assert.Equal(Overgang.Web.Analysts.Reforms.ReformJobStatus.Finished, jobs.Find(job)!.State.Status);
            return job;
        }
    }
}
