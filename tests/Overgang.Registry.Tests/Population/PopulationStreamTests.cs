using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Population;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Population;

public sealed class PopulationStreamTests
{
    /// <summary>Digests of the rows the generator made before it streamed (commit 52a0237, the whole population in memory).</summary>
    [Theory]
    [InlineData(1, 3, "f148bd1b257d135cc9e42cef4fb8a4bda64e1190f747b3efbfc649847a701e75")]
    [InlineData(2_000, 5, "a8edd7031ee4e95cec34b2a458475d738df0667c24cbb18d403835f5296467a7")]
    [InlineData(25_000, 2027, "382e6ae8b7d39b730e4330ff915fa69b9c652786a33bb1e7c1a5c453d1c1dd7e")]
    [InlineData(60_000, 7, "7beae0699f8177602ad6a98cba8fcb14f595f0237594744044d30445353bb9a0")]
    public void Generate_SameSeedAndSize_GivesTheRowsOfTheInMemoryGenerator(int persons, int seed, string digest)
    {
        // When
        var population = PopulationGenerator.Generate(persons, seed);

        // Then
        Assert.Equal(digest, PopulationDigest.Of(population));
    }

    [Theory]
    [InlineData(1, 3, 1)]
    [InlineData(2_000, 5, 7)]
    [InlineData(25_000, 2027, 1_000)]
    public void Generate_InSlices_GivesTheSameRowsInTheSameOrder(int persons, int seed, int slicePersons)
    {
        // Given
        var slices = new List<Registry.Population.Population>();

        // When
        PopulationGenerator.Generate(persons, seed, slicePersons, slices.Add, null);

        // Then: every slice is bounded, and together they are the population
        Assert.All(slices, s => Assert.True(s.Persons.Length < slicePersons + 8 && s.Placements.Length <= slicePersons, "slice too large"));
        Assert.True(persons < 1_000 || slices.Count(s => s.Persons.Length > 0) > 2);
        var whole = PopulationGenerator.Generate(persons, seed);
        var joined = new Registry.Population.Population(
            seed,
            whole.Date,
            slices.Sum(s => s.Households),
            [.. slices.SelectMany(s => s.Municipalities)],
            [.. slices.SelectMany(s => s.Locations)],
            [.. slices.SelectMany(s => s.Persons)],
            [.. slices.SelectMany(s => s.Parents)],
            [.. slices.SelectMany(s => s.Protections)],
            [.. slices.SelectMany(s => s.Placements)],
            [.. slices.SelectMany(s => s.Absences)],
            [.. slices.SelectMany(s => s.Incomes)],
            [.. slices.SelectMany(s => s.ReturnCommitments)],
            [.. slices.SelectMany(s => s.OtherPermits)]);
        Assert.Equal(PopulationDigest.Of(whole), PopulationDigest.Of(joined));
    }

    [Fact]
    public void Summary_InSlices_IsTheSummaryOfTheInMemoryGenerator()
    {
        // Given: the values the summary gave before it was counted slice by slice (commit 52a0237)
        var before = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["reception.municipal"] = 75.312, ["reception.private"] = 8.3, ["reception.coa"] = 0.668, ["reception.own-home"] = 15.72,
            ["reception.occupancy"] = 99.60148917204133, ["location.catering"] = 12.355212355212355, ["nationality.other"] = 3.964,
            ["residence.temporary"] = 0.808, ["sex.men"] = 38.572, ["sex.men-15-65"] = 25.976, ["age.under-15"] = 17.952,
            ["household.alone"] = 40.38, ["household.child"] = 24.152, ["municipality.amsterdam"] = 5.348, ["work.share"] = 60.617112423295126,
            ["return.potential"] = 28.784, ["return.signed"] = 1.864, ["registration.other-state"] = 0.84,
            ["check.public-order.pending"] = 7.056348147387868, ["check.public-order.failed"] = 0.195011803345992, ["asylum.withdrawn"] = 11.884,
            ["medical.treatment"] = 2.98, ["permit.other"] = 1.4877851105708, ["absence.any"] = 3.1324032640168467, ["absence.over-28"] = 0.9265596209528824,
        };
        var counts = new PopulationSummary.Counts();

        // When
        PopulationGenerator.Generate(25_000, 2027, 997, counts.Add, null);

        // Then
        var rows = counts.Rows();
        Assert.Equal(before.Count, rows.Length);
        Assert.All(rows, r => Assert.Equal(before[r.Target.Id], r.Generated));
        Assert.Equal(rows.Select(r => (r.Target.Id, r.Generated)), PopulationSummary.Compute(PopulationGenerator.Generate(25_000, 2027)).Select(r => (r.Target.Id, r.Generated)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Generate_StreamedIntoTheRegistry_StoresWhatLoadingTheWholePopulationStores(string provider)
    {
        // Given
        var at = Instant.FromUtc(2026, 11, 22, 12, 0);
        var whole = TestDatabase.Create(provider);
        var streamed = TestDatabase.Create(provider);
        var population = PopulationGenerator.Generate(23_456, 9);
        PopulationStore.Load(whole, population, at, replace: false);

        // When: slices of 10,000 persons, so three household slices and three placement slices
        var generated = PopulationStore.Generate(streamed, 23_456, 9, at, replace: false, null);

        // Then: the summary of the whole population (counted slice by slice as they are made), and every table holds
        // the same rows with the same keys (the audit entries' hashes depend on the file's key)
        Assert.Equal(23_456, generated.Persons);
        Assert.Equal(PopulationSummary.Compute(population).Select(r => (r.Target.Id, r.Generated)), generated.Summary.Select(r => (r.Target.Id, r.Generated)));
        foreach (var table in new[] { "municipality", "reception_location", "person", "person_parent", "protection", "placement", "absence", "person_income", "return_commitment", "other_permit" })
        {
            Assert.Equal(Dump(whole, table, "*"), Dump(streamed, table, "*"));
        }

        Assert.Equal(Dump(whole, "audit_entry", "\"Sequence\", \"At\", \"ActorText\", \"ActionText\", \"Subject\", \"Data\""), Dump(streamed, "audit_entry", "\"Sequence\", \"At\", \"ActorText\", \"ActionText\", \"Subject\", \"Data\""));
        Assert.Equal(Dump(whole, "audit_text", "*"), Dump(streamed, "audit_text", "*"));
        using var context = streamed.Open();
        var verification = Audit.AuditChain.Verify(context);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(23_456, verification.Verified);
    }

    private static string Dump(RegistryDatabase database, string table, string columns)
    {
        using var context = database.Open();
        var connection = context.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM \"{table}\" ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
            }

            text.Append('\n');
        }

        Assert.True(rows > 0, table);
        return text.ToString();
    }
}
