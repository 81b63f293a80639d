using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests;

public sealed class SchemaTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_FreshDatabase_StoresAndReadsBackDatesMoneyAndInstants(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Persons.Add(NewPerson("P1", new LocalDate(1990, 2, 28)));
            context.Persons.Add(NewPerson("P2", new LocalDate(1988, 12, 31)));
            var started = new BatchRun { Kind = "allowance", Argument = "2025-11", ParameterVersion = "v", StartedAt = Instant.FromUtc(2026, 11, 22, 10, 0, 1), Status = "running", Counts = "{}" };
            context.Runs.Add(started);
            context.SaveChanges();
            // amounts in cents summed by the database (incomes, since migration PackedIncomes packed a row a person, are not)
            context.Payments.Add(new PaymentRecord { RunId = started.Id, HouseholdId = "H1", MunicipalityCode = "GM0363", Members = 1, AllowanceCents = 145_000, Outcome = "calculated" });
            context.Payments.Add(new PaymentRecord { RunId = started.Id, HouseholdId = "H2", MunicipalityCode = "GM0363", Members = 1, AllowanceCents = 99_999, Outcome = "calculated" });
            context.SaveChanges();
        }

        // When
        using var read = database.Open();
        var oldestFirst = read.Persons.OrderBy(p => p.BirthDate).Select(p => p.Id).ToList();
        var total = read.Payments.Sum(p => p.AllowanceCents);
        var bornBefore1990 = read.Persons.Count(p => p.BirthDate < new LocalDate(1990, 1, 1));
        var run = read.Runs.Single();

        // Then: ordering, comparison and sums are done by the database and agree on both providers
        Assert.Equal(["P2", "P1"], oldestFirst);
        Assert.Equal(244_999, total);
        Assert.Equal(1, bornBefore1990);
        Assert.Equal(Instant.FromUtc(2026, 11, 22, 10, 0, 1), run.StartedAt);
        Assert.Empty(read.Database.GetPendingMigrations());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrations_OfEachProvider_DescribeTheModelExactly(string provider)
    {
        // Given: the migrations and model snapshot of the provider (branches that each add a migration merge their
        // snapshots by text; a lost or doubled change would otherwise only show as a wrong schema in production)
        var database = TestDatabase.Create(provider);
        using var context = database.Open();

        // Then: the model needs no migration beyond those in the repository
        Assert.False(context.Database.HasPendingModelChanges(), $"the {provider} model snapshot differs from the model: add a migration");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void SaveChanges_StaleVersion_IsAConflictNotALostUpdate(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        using (var setup = database.Open())
        {
            setup.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            setup.Persons.Add(NewPerson("P1", new LocalDate(1990, 1, 1)));
            setup.SaveChanges();
        }

        using var first = database.Open();
        using var second = database.Open();
        var a = first.Persons.Single();
        var b = second.Persons.Single();

        // When: both edit the same version
        a.GivenName = "Olena";
        a.Version++;
        first.SaveChanges();
        b.FamilyName = "Shevchenko";
        b.Version++;

        // Then
        Assert.Throws<DbUpdateConcurrencyException>(() => second.SaveChanges());
        using var check = database.Open();
        var stored = check.Persons.Single();
        Assert.Equal("Olena", stored.GivenName);
        Assert.Equal("Kovalenko", stored.FamilyName);
    }

    [Fact]
    public async Task Migrate_AfterAProcessWasKilledHoldingTheMigrationLock_DoesNotWaitForIt()
    {
        // Given: a migrated SQLite registry with the lock row a killed process leaves behind (a registry made by the schema
        // script has no lock table until EF Core migrates it: the table as EF Core's Migrate makes it)
        var database = TestDatabase.Create("sqlite");
        using (var context = database.Open())
        {
            context.Database.ExecuteSqlRaw("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
            context.Database.ExecuteSqlRaw("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-11-22 18:00:00')");
        }

        // When
        var migrate = Task.Run(database.Migrate);
        var finished = await Task.WhenAny(migrate, Task.Delay(TimeSpan.FromSeconds(30))) == migrate;

        // Then
        Assert.True(finished, "Migrate waited for a lock that nobody holds");
        await migrate;
        using var check = database.Open();
        Assert.Empty(check.Database.GetPendingMigrations());
    }

    internal static Person NewPerson(string id, LocalDate birth) => new()
    {
        Id = id,
        FamilyName = "Kovalenko",
        GivenName = "Iryna",
        FamilyNameCyrillic = "Коваленко",
        GivenNameCyrillic = "Ірина",
        BirthDate = birth,
        Sex = "F",
        Nationality = "UA",
        UkrainianResidence = "citizen",
        MunicipalityCode = "GM0363",
        HouseholdId = "H-" + id,
        AsylumApplication = "pending",
        PublicOrderCheck = "passed",
    };
}
