using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
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

        // When: the decisions and the month run
        Assert.True(DecisionsRun.TryExecute(database, new LocalDate(2027, 3, 4), ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: Chunk) { Workers = workers }, out var decisions, out _));
        var month = AllowanceRun.Execute(database, new YearMonth(2026, 11), ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: Chunk) { Workers = workers });

        // Then: every household was decided and paid, and no query read more rows than a chunk's persons (at most 4 members
        // per household here, and a few facts each): far fewer than the 300 household keys
        Assert.Equal("finished", decisions.Status);
        Assert.Equal("finished", month.Status);
        Assert.Equal(Households / Chunk, decisions.Chunks);
        Assert.True(reads.Largest < Households / 2, $"a query read {reads.Largest} rows: {reads.LargestQuery}");
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
