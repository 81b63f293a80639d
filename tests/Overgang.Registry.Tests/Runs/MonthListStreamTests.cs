using System.Globalization;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Runs;

/// <summary>
/// The month's lists written as a run commits its chunks (<see cref="MonthListStream"/>): chunks committed out of order
/// give the files of the payments added in order, a chunk handed twice gives the lists up, and a file that cannot be
/// written is thrown, not swallowed.
/// </summary>
public sealed class MonthListStreamTests : IDisposable
{
    private static readonly YearMonth _month = new(2027, 6);
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-list-stream-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void TryFinish_ChunksCommittedOutOfOrder_GivesTheFilesOfThePaymentsAddedInOrder()
    {
        // Given: 40 chunks of 250 payments in 3 municipalities, more lines than the builder keeps in memory before it spills
        var database = TestDatabase.Create("sqlite");
        var chunks = Payments(10_000).Chunk(250).ToArray();
        var reference = Path.Combine(_folder, "reference");
        using (var builder = new MonthLists.Builder(reference, _month, _ => throw new InvalidOperationException("no stored explanations here")))
        {
            foreach (var payment in chunks.SelectMany(c => c).OrderBy(p => p.MunicipalityCode, StringComparer.Ordinal).ThenBy(p => p.HouseholdId, StringComparer.Ordinal))
            {
                Assert.True(builder.Add(payment));
            }

            builder.Finish(new Dictionary<string, string>());
        }

        // When: committed pairwise out of order (1, 0, 3, 2, …), as two workers commit
        var streamed = Path.Combine(_folder, "streamed");
        bool finished;
        using (var stream = new MonthListStream(streamed, _month, database))
        {
            for (var i = 0; i < chunks.Length; i += 2)
            {
                stream.Add(i + 1, Outcome(chunks[i + 1]));
                stream.Add(i, Outcome(chunks[i]));
            }

            finished = stream.TryFinish(database, out _);
        }

        // Then: byte for byte the same files, none partial
        Assert.True(finished);
        var names = Directory.GetFiles(reference).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(13, names.Count);
        Assert.Equal(names, Directory.GetFiles(streamed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(reference, name!)), File.ReadAllBytes(Path.Combine(streamed, name!)));
        }
    }

    [Fact]
    public void TryFinish_AChunkHandedTwice_GivesTheListsUpAndLeavesNoFile()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        var chunk = Payments(100);
        var folder = Path.Combine(_folder, "twice");

        // When
        bool finished;
        using (var stream = new MonthListStream(folder, _month, database))
        {
            stream.Add(0, Outcome(chunk));
            stream.Add(1, Outcome(chunk));
            finished = stream.TryFinish(database, out _);
        }

        // Then: written from the stored payments instead, by the caller
        Assert.False(finished);
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder) : []);
    }

    [Fact]
    public void Add_AListFileThatCannotBeWritten_ThrowsTheErrorFromTheCommitThatSpilled_AndLeavesNoFile()
    {
        // Given: a folder under a file, which the lists cannot make when they first spill
        var database = TestDatabase.Create("sqlite");
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "");
        var folder = Path.Combine(file, "payments");

        // When: chunks are handed over as they commit, more lines than the lists keep in memory
        Exception? error;
        using (var stream = new MonthListStream(folder, _month, database))
        {
            error = Record.Exception(() =>
            {
                foreach (var (chunk, index) in Payments(30_000).Chunk(1_000).Select((c, i) => (c, i)))
                {
                    stream.Add(index, Outcome(chunk));
                }
            });
        }

        // Then: the file system's error, not lists given up in silence (the run stops there; `run month` says it in one
        // line, and its committed chunks stay for the resumed run), and nothing written
        Assert.IsAssignableFrom<IOException>(error);
        Assert.Equal([file], Directory.GetFileSystemEntries(_folder));
    }

    private static ChunkOutcome Outcome(IReadOnlyList<PaymentRecord> payments) => new(new Dictionary<string, int>(), []) { Payments = payments };

    /// <summary>Payments in household order, each with a contribution, a hand-over every seventh and a health-insurance obligation.</summary>
    private static PaymentRecord[] Payments(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new PaymentRecord
        {
            RunId = 1,
            HouseholdId = "H" + i.ToString("D7", CultureInfo.InvariantCulture),
            MunicipalityCode = (i % 3) switch { 0 => "GM0363", 1 => "GM0518", _ => "GM0599" },
            Members = 1 + (i % 4),
            AllowanceCents = 25_000 + i,
            ContributionCents = 1_000 + (i % 50),
            Outcome = "calculated",
            Provision = "allowance",
            HandOver = i % 7 == 0,
            SocialAssistanceCents = i % 7 == 0 ? 120_000 : null,
            HealthInsuranceFrom = new LocalDate(2027, 3, 5),
            HealthInsuranceInsured = 1,
            HealthInsurancePremiumCents = 15_000,
        })];
}
