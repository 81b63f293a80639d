using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Web.Cases;
using Overgang.Web.Hosting;
using Overgang.Web.Security;
using Overgang.Web.WorkQueue;

namespace Overgang.Web.Tests.Dashboards;

/// <summary>
/// Issue 14: the work queue sorted by name, with and without a municipality (whose persons are now read first, through
/// the index on their tasks), keeps its order on SQLite and PostgreSQL: family name, given name, then person, the
/// direction of the sort on the names only.
/// </summary>
public sealed class WorkQueueNameOrderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_queue_by_name_is_ordered_by_family_name_given_name_and_person_in_both_directions_and_within_a_municipality(string provider)
    {
        // Given: the dashboard population with names; P2 and P6 have IND actions too, P6 with P1's names
        var database = PopulateWithNames(provider);

        var clock = new TestClock(DashboardQueryTests.Today.At(new LocalTime(10, 0)).InUtc().ToInstant());
        await using var app = OvergangWebHost.Create(new WebSettings(database, "http://127.0.0.1:0", ParameterTree.Default, clock));
        var ind = new Caller("ind", Roles.Ind, null, null);

        // When
        var ascending = await PersonsAsync(app.Services, ind, "name", null);
        var descending = await PersonsAsync(app.Services, ind, "-name", null);
        var here = await PersonsAsync(app.Services, ind, "name", DashboardQueryTests.Here);

        // Then: P4 has two IND actions (one done), P1 one; P1 and P6 share their names and follow by id
        Assert.Equal(["P4", "P2", "P1", "P6", "P5"], ascending);
        Assert.Equal(["P5", "P1", "P6", "P2", "P4"], descending);
        Assert.Equal(["P4", "P2", "P1", "P6"], here);
    }

    /// <summary>The dashboard population with names (P1 and P6 share theirs) and IND actions for P2 and P6.</summary>
    internal static RegistryDatabase PopulateWithNames(string provider)
    {
        var database = DashboardQueryTests.Populate(provider);
        using (var context = database.Open())
        {
            foreach (var (id, family, given) in new[] { ("P1", "Bondarenko", "Olha"), ("P2", "Bondarenko", "Anna"), ("P4", "Antonenko", "Zoya"), ("P5", "Zhuk", "Ivan") })
            {
                var person = context.Persons.Single(p => p.Id == id);
                person.FamilyName = family;
                person.GivenName = given;
            }

            context.Persons.Add(new Person
            {
                Id = "P6", FamilyName = "Bondarenko", GivenName = "Olha", BirthDate = new LocalDate(1981, 1, 1), Sex = "F", Nationality = "UKR", UkrainianResidence = "citizen",
                MunicipalityCode = DashboardQueryTests.Here, HouseholdId = "H-P6", AsylumApplication = "none", PublicOrderCheck = "passed",
            });
            var run = context.Runs.Single(r => r.Kind == "decisions").Id;
            context.Tasks.AddRange(
                new CaseTask { RunId = run, PersonId = "P2", Kind = "action", Owner = "ind", Code = "complete-public-order-check", Due = new LocalDate(2026, 12, 20), Status = "open" },
                new CaseTask { RunId = run, PersonId = "P6", Kind = "action", Owner = "ind", Code = "complete-public-order-check", Due = new LocalDate(2026, 12, 1), Status = "open" });
            context.SaveChanges();
        }

        return database;
    }

    private static async Task<string[]> PersonsAsync(IServiceProvider services, Caller caller, string sort, string? municipality)
    {
        using var scope = services.CreateScope();
        var read = await scope.ServiceProvider.GetRequiredService<WorkQueueService>().ReadAsync(caller, new WorkQueueQuery(null, null, municipality, null, null, null, null, sort, null), CancellationToken.None);
        return [.. Assert.IsType<CaseResult<WorkQueueView>.Ok>(read).Value.Items.Select(i => i.PersonId)];
    }
}
