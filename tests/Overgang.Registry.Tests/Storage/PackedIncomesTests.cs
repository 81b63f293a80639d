using CsCheck;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>A person's incomes stored as one packed row, and the migration that converted the rows a month stored before (docs/adr/0010-stored-decisions.md).</summary>
public sealed class PackedIncomesTests
{
    /// <summary>Months from 1900 to 2100 (a few hundred apart at most, so gaps of every length occur), none twice.</summary>
    private static Gen<IncomeMonths> MonthsWith(Gen<long> amount) =>
        Gen.Select(Gen.Int[0, 2_400], Gen.Select(Gen.Int[1, 400], amount).Array[0, 40]).Select((start, steps) =>
        {
            var months = new List<MonthlyIncome>();
            var month = new LocalDate(1900, 1, 1).PlusMonths(start);
            foreach (var (step, cents) in steps)
            {
                month = month.PlusMonths(step % 5 == 0 ? step : 1);
                months.Add(new MonthlyIncome(month, cents));
            }

            return IncomeMonths.Of(months);
        });

    /// <summary>Small, zero, negative and extreme amounts.</summary>
    private static readonly Gen<long> _anyAmount = Gen.OneOf(Gen.Long[0, 1_000_000], Gen.Long[-1_000, 0], Gen.Long[long.MinValue + 1, long.MaxValue], Gen.Const(0L), Gen.Const(long.MaxValue), Gen.Const(long.MinValue + 1), Gen.Const(-(1L << 62)), Gen.Const((1L << 62) - 1));

    [Fact]
    public void PackAndUnpack_AnyMonthsAndAmounts_GiveTheSameMonthsBack() =>
        MonthsWith(_anyAmount).Sample(months => Assert.Equal(months, IncomePacking.Unpack(IncomePacking.Pack(months))), iter: 2_000);

    [Fact]
    public void Pack_TheFormOfTheAdr_IsTheseBytes()
    {
        // Given: October and November 2026, nothing recorded in December, 0 in January 2027, then €1,450.00
        var months = IncomeMonths.Of([
            new(new LocalDate(2026, 10, 1), 145_000), new(new LocalDate(2026, 11, 1), -1), new(new LocalDate(2027, 1, 1), 0), new(new LocalDate(2027, 2, 1), 145_000),
        ]);

        // When
        var bytes = IncomePacking.Pack(months);

        // Then: month 681 since 1970 (zigzag 1362), 145,000 cents (zigzag 290,000, + 1), −1 (zigzag 1, + 1), a run of one month without (0, 0), 0 (0 + 1)
        Assert.Equal("D20AD1D91102000001D1D911", Convert.ToHexString(bytes));
        Assert.Empty(IncomePacking.Pack(IncomeMonths.None));
        Assert.Equal(IncomeMonths.None, IncomePacking.Unpack([]));
    }

    [Fact]
    public void Pack_TheOneAmountThatCannotBeStored_FailsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IncomePacking.Pack(IncomeMonths.Of([new(new LocalDate(2026, 10, 1), long.MinValue)])));
        Assert.Contains("2026-10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unpack_AGapBackInTime_FailsAsAFormatError() =>
        // November 2020 (month 610), then a gap of -5 months (a ten-byte varint), then a month again: months out of order
        Assert.Throws<FormatException>(() => IncomePacking.Unpack([0xC4, 0x09, 0x01, 0x00, 0xFB, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x01]));

    [Fact]
    public void Unpack_BytesCutOff_FailsAsAFormatError() =>
        Assert.Throws<FormatException>(() => IncomePacking.Unpack([0xD2, 0x0A, 0xD1, 0xD9]));

    [Fact]
    public void IncomeMonths_AMonthWithoutIncomeAndAMonthWithZero_AreDifferent()
    {
        var months = IncomeMonths.None.With(new LocalDate(2026, 11, 1), 0).With(new LocalDate(2026, 10, 1), 12).With(new LocalDate(2026, 11, 1), 0);
        Assert.Equal([new(new LocalDate(2026, 10, 1), 12), new(new LocalDate(2026, 11, 1), 0)], months.Months.ToArray());
        Assert.Equal(0, months.In(new LocalDate(2026, 11, 1)));
        Assert.Null(months.In(new LocalDate(2026, 12, 1)));
        Assert.Throws<ArgumentException>(() => IncomeMonths.Of([new(new LocalDate(2026, 11, 1), 1), new(new LocalDate(2026, 11, 1), 2)]));
        Assert.Throws<ArgumentException>(() => months.With(new LocalDate(2026, 11, 2), 1));
    }

    [Fact]
    public void MigrationSql_AnyMonthsAndAmounts_PacksTheSameBytesAsTheCode()
    {
        // Given: the rows a month as migration PackedIncomes finds them on SQLite (months as days since 1970-01-01)
        MonthsWith(Gen.OneOf(Gen.Long[0, 10_000_000_000], Gen.Long[-1_000, 0], Gen.Long[-(1L << 61), 1L << 61])).Sample(months =>
        {
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            Execute(connection, "CREATE TABLE monthly_income (\"PersonId\" TEXT, \"Month\" INTEGER, \"AmountCents\" INTEGER); CREATE TABLE person_income (\"PersonId\" TEXT, \"Months\" BLOB)");
            foreach (var (month, cents) in months.Months)
            {
                Execute(connection, $"INSERT INTO monthly_income VALUES ('P1', {month.ToDateOnly().DayNumber - 719_162}, {cents})");
            }

            // When
            Execute(connection, IncomePacking.Sql(postgres: false));

            // Then: the same bytes as the code packs, and no row for no months
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT \"Months\" FROM person_income";
            var stored = read.ExecuteScalar();
            Assert.Equal(months.IsEmpty ? null : Convert.ToHexString(IncomePacking.Pack(months)), stored is byte[] bytes ? Convert.ToHexString(bytes) : null);
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Incomes_WrittenByEfCoreAndByTheBulkWriter_ReadBackTheSameMonths(string provider)
    {
        // Given: one person's months saved by EF Core, another's by the bulk writer, then the first's changed by EF Core
        var database = TestDatabase.Create(provider);
        var first = IncomeMonths.Of([new(new LocalDate(1931, 2, 1), 0), new(new LocalDate(2026, 11, 1), 145_000), new(new LocalDate(2088, 12, 1), 1)]);
        var second = IncomeMonths.Of([new(new LocalDate(2026, 10, 1), 99_999), new(new LocalDate(2027, 3, 1), 0)]);
        using (var context = database.Open())
        {
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Persons.Add(TestPopulation.Person("P1", "H1", "GM0363", new LocalDate(1990, 5, 17)));
            context.Persons.Add(TestPopulation.Person("P2", "H1", "GM0363", new LocalDate(1991, 5, 17)));
            context.Incomes.Add(new PersonIncome { PersonId = "P1", Months = IncomeMonths.None.With(new LocalDate(2026, 11, 1), 1) });
            context.SaveChanges();
            using var transaction = context.Database.BeginTransaction();
            BulkWriter.Insert(context, [new PersonIncome { PersonId = "P2", Months = second }]);
            transaction.Commit();
        }

        using (var context = database.Open())
        {
            context.Incomes.Single(i => i.PersonId == "P1").Months = first;
            context.SaveChanges();
        }

        // When
        using var read = database.Open();
        var stored = read.Incomes.AsNoTracking().OrderBy(i => i.PersonId).AsEnumerable().Select(i => (i.PersonId, i.Months)).ToList();

        // Then: every month as written, a month without income still without; one row a person
        Assert.Equal([("P1", first), ("P2", second)], stored);
        Assert.Null(stored[1].Months.In(new LocalDate(2026, 11, 1)));
        Assert.Equal(["2"], MigrationRows.Strings(database, "SELECT count(*) FROM person_income"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_RowsAMonthStoredBeforePackedIncomes_ReadBackTheSameMonths(string provider)
    {
        // Given: a registry migrated up to the migration before PackedIncomes, with a row a person and month as that schema
        // stored them (on SQLite months as days since 1970-01-01): gaps of one and of many months, 0, a negative amount
        // (no writer makes one, the old column allowed it), the largest amount the import accepts, and a person without any
        var database = MigrationRows.Before(provider, "PackedIncomes");
        var rows = new (string Person, LocalDate Month, long Cents)[]
        {
            ("P1", new(1931, 2, 1), 0), ("P1", new(1970, 1, 1), 1), ("P1", new(2026, 10, 1), 145_000), ("P1", new(2026, 11, 1), 145_000),
            ("P1", new(2027, 1, 1), -5), ("P1", new(2088, 12, 1), 99_999_999_999_999), ("P2", new(2026, 11, 1), 210_000),
        };
        using (var context = database.Open())
        {
            var month = (LocalDate m) => provider == "sqlite" ? (m.ToDateOnly().DayNumber - 719_162).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"'{NodaTime.Text.LocalDatePattern.Iso.Format(m)}'";
            // the person table is the same before and after the migration: EF Core writes it
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Persons.AddRange(new[] { "P1", "P2", "P3" }.Select(id => TestPopulation.Person(id, "H1", "GM0363", new LocalDate(1990, 5, 17))));
            context.SaveChanges();
            var insert = "INSERT INTO monthly_income (\"PersonId\", \"Month\", \"AmountCents\") VALUES "
                + string.Join(", ", Enumerable.Reverse(rows).Select(r => $"('{r.Person}', {month(r.Month)}, {r.Cents})"));
            context.Database.ExecuteSqlRaw(insert);
        }

        // When
        database.Migrate();

        // Then: every month and amount reads back as it was, one row a person with incomes, in the form the code writes
        using var read = database.Open();
        var expected = rows.GroupBy(r => r.Person).Select(g => (g.Key, IncomeMonths.Of(g.Select(r => new MonthlyIncome(r.Month, r.Cents))))).ToList();
        Assert.Equal(expected, read.Incomes.AsNoTracking().OrderBy(i => i.PersonId).AsEnumerable().Select(i => (i.PersonId, i.Months)));
        Assert.Equal(
            expected.Select(e => e.Key + " " + Convert.ToHexString(IncomePacking.Pack(e.Item2))),
            MigrationRows.Strings(database, provider == "sqlite" ? "SELECT \"PersonId\" || ' ' || hex(\"Months\") FROM person_income ORDER BY \"PersonId\"" : "SELECT \"PersonId\" || ' ' || upper(encode(\"Months\", 'hex')) FROM person_income ORDER BY \"PersonId\""));
        Assert.Empty(read.Database.GetPendingMigrations());
        Assert.Empty(MigrationRows.Strings(database, provider == "sqlite"
            ? "SELECT name FROM sqlite_master WHERE name = 'monthly_income'"
            : "SELECT table_name FROM information_schema.tables WHERE table_name = 'monthly_income'"));
        if (provider == "sqlite")
        {
            Assert.Empty(MigrationRows.Strings(database, "PRAGMA foreign_key_check"));
            Assert.Equal(["person_income"], MigrationRows.Strings(database, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'person_income' AND sql LIKE '%WITHOUT ROWID'"));
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
