using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Runs;

/// <summary>
/// A batch run's memory does not grow with the registry (issue 13, 4.3 million persons): no query of a run reads more than
/// a chunk's worth of rows, so neither the keys of every household nor the rows of every person are ever held at once.
/// </summary>
public sealed class RunReadsTests
{
    private const int Households = 300;
    private const int Chunk = 20;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Runs_ReadNoQueryLargerThanAFewChunks_NotEveryHouseholdKey(string provider)
    {
        // Given: 300 households (about 750 persons), runs in chunks of 20 households, one worker and, on PostgreSQL, two
        var reads = new LargestRead();
        var database = TestDatabase.Create(provider) with { Interceptors = [reads] };
        TestPopulation.Seed(database, Households);
        reads.Reset();
        var workers = provider == "postgresql" ? 2 : 1;

        // When: the decisions and the month run, and the decisions' summary with the occupancy on a day
        Assert.True(DecisionsRun.TryExecute(database, new LocalDate(2027, 3, 4), ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: Chunk) { Workers = workers }, out var decisions, out _));
        var month = AllowanceRun.Execute(database, new YearMonth(2026, 11), ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: Chunk) { Workers = workers });
        var summary = RegistrySummary.Read(database, decisions.Id, new LocalDate(2026, 11, 1));
        var (largest, query) = (reads.Largest, reads.LargestQuery);

        // Then: every household was decided and paid, the occupancy is each person's placement as the rules pick it, and no query read more rows than a chunk's persons (at most 4 members
        // per household here, and a few facts each): far fewer than the 300 household keys
        Assert.Equal("finished", decisions.Status);
        Assert.Equal("finished", month.Status);
        Assert.Equal(Households / Chunk, decisions.Chunks);
        Assert.Equal(Placed(database, new LocalDate(2026, 11, 1)), summary.Occupancy.Where(o => o.Placed > 0).Select(o => (o.Kind, o.Placed)).ToList());
        Assert.True(largest < Households / 2, $"a query read {largest} rows: {query}");
    }

    /// <summary>Persons placed per location kind on the day, each person's placement picked by the rules from all their rows.</summary>
    private static List<(string Kind, int Placed)> Placed(RegistryDatabase database, LocalDate day)
    {
        using var context = database.Open();
        var kinds = context.Locations.AsNoTracking().ToDictionary(l => l.Id, l => l.Kind, StringComparer.Ordinal);
        return [.. PlacementRows.ByPerson(context.Placements.AsNoTracking().ToList(), day).Values
            .Where(p => p.LocationId is not null).GroupBy(p => kinds[p.LocationId!], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];
    }

    /// <summary>The most rows one data reader of the run read, and its query.</summary>
    private sealed class LargestRead : DbCommandInterceptor
    {
        private readonly Lock _lock = new();

        public int Largest { get; private set; }

        public string LargestQuery { get; private set; } = "";

        public void Reset()
        {
            lock (_lock)
            {
                Largest = 0;
                LargestQuery = "";
            }
        }

        public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            Record(command, eventData.ReadCount);
            return result;
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            Record(command, eventData.ReadCount);
            return result;
        }

        private void Record(DbCommand command, int rows)
        {
            lock (_lock)
            {
                if (rows > Largest)
                {
                    Largest = rows;
                    LargestQuery = command.CommandText;
                }
            }
        }
    }
}
