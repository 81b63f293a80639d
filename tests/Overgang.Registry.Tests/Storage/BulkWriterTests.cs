using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Population;
using Overgang.Registry.Import;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Import;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

public sealed class BulkWriterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Insert_GeneratedRows_StoresExactlyWhatEfCoreStores(string provider)
    {
        // Given: the same rows (every column type of the model: text with Cyrillic, nullable text, dates, nullable dates,
        // flags, integers, instants), written once through EF Core and once through the bulk writer
        var population = PopulationGenerator.Generate(300, 11);
        var at = Instant.FromUtc(2026, 11, 22, 12, 0, 1).PlusNanoseconds(1234500);
        var viaEf = TestDatabase.Create(provider);
        var viaWriter = TestDatabase.Create(provider);
        AuditEntry[] entries;
        using (var context = viaEf.Open())
        {
            context.Municipalities.AddRange(population.Municipalities);
            context.Locations.AddRange(population.Locations);
            context.Persons.AddRange(population.Persons);
            context.Placements.AddRange(population.Placements);
            context.Absences.AddRange(population.Absences);
            context.Incomes.AddRange(population.Incomes);
            context.ReturnCommitments.AddRange(population.ReturnCommitments);
            context.OtherPermits.AddRange(population.OtherPermits);
            context.SaveChanges();
            entries = Entries(context, population, at);
            context.AuditEntries.AddRange(entries);
            context.SaveChanges();
        }

        // When
        using (var context = viaWriter.Open())
        {
            using var transaction = context.Database.BeginTransaction();
            BulkWriter.Insert(context, population.Municipalities);
            BulkWriter.Insert(context, population.Locations);
            BulkWriter.Insert(context, population.Persons);
            BulkWriter.Insert(context, population.Placements);
            BulkWriter.Insert(context, population.Absences);
            BulkWriter.Insert(context, population.Incomes);
            BulkWriter.Insert(context, population.ReturnCommitments);
            BulkWriter.Insert(context, population.OtherPermits);
            BulkWriter.Insert(context, entries);
            transaction.Commit();
        }

        // Then: every stored value, as the database returns it, is the same
        foreach (var table in new[] { "municipality", "reception_location", "person", "placement", "absence", "person_income", "return_commitment", "other_permit", "audit_entry" })
        {
            var expected = Dump(viaEf, table);
            Assert.True(expected.Length > 100, table);
            Assert.Equal(expected, Dump(viaWriter, table));
        }
    }

    private static AuditEntry[] Entries(RegistryContext context, Registry.Population.Population population, Instant at)
    {
        var chain = AuditChain.After(context);
        return [.. population.Persons.Take(50).Select((p, i) => chain.Next(new AuditRecord("test", "person.create", p.Id, "reason ї", "{}"), at.PlusTicks(i)))];
    }

    private static string Dump(RegistryDatabase database, string table)
    {
        using var context = database.Open();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i);
                // A blob by its bytes (an audit hash, a stored decision), not by its type name.
                var shown = value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture);
                text.Append(reader.GetName(i)).Append('=').Append(value.GetType().Name).Append(':').Append(shown).Append('|');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Update_PersonChangedElsewhereSinceItWasLoaded_FailsInsteadOfOverwriting(string provider)
    {
        // Given: a person loaded at version 0, then changed by someone else (version 1)
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);
        using var context = database.Open();
        var loaded = context.Persons.AsNoTracking().Single(p => p.Id == "P0000001");
        using (var other = database.Open())
        {
            other.Database.ExecuteSqlRaw("UPDATE person SET \"GivenName\" = 'Olena Mykolaivna', \"Version\" = \"Version\" + 1 WHERE \"Id\" = 'P0000001'");
        }

        // When
        using var transaction = context.Database.BeginTransaction();
        using var writer = new BulkWriter(context);
        loaded.FamilyName = "Kovalenko";
        loaded.Version = 1;
        var failure = Record.Exception(() =>
        {
            writer.Update(loaded, originalVersion: 0);
            writer.Flush();
        });

        // Then
        Assert.IsType<DbUpdateConcurrencyException>(failure);
        Assert.Same(loaded, writer.Failed);
        transaction.Rollback();
        using var after = database.Open();
        var stored = after.Persons.Single(p => p.Id == "P0000001");
        Assert.Equal(("Kovalova", "Olena Mykolaivna", 1L), (stored.FamilyName, stored.GivenName, stored.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Update_PersonAtTheLoadedVersion_WritesEveryColumnAndTheNewVersion(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);
        using var context = database.Open();
        var loaded = context.Persons.AsNoTracking().Single(p => p.Id == "P0000001");

        // When
        using (var transaction = context.Database.BeginTransaction())
        {
            using var writer = new BulkWriter(context);
            loaded.FamilyName = "Kovalenko";
            loaded.Version = 1;
            writer.Update(loaded, originalVersion: 0);
            writer.Flush();
            transaction.Commit();
        }

        // Then
        using var after = database.Open();
        var stored = after.Persons.Single(p => p.Id == "P0000001");
        Assert.Equal(("Kovalenko", "Ковальова", 1L), (stored.FamilyName, stored.FamilyNameCyrillic, stored.Version));
    }
}
