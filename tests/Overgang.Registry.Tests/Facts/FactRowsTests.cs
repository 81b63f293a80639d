using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Facts;

/// <summary>
/// The runs' reader of fact rows (<see cref="FactRows"/>) gives the values EF Core gives, for every table a run reads and
/// stores; on SQLite it reads the columns on the statement handle (<see cref="Overgang.Registry.Storage.SqliteColumns"/>).
/// </summary>
public sealed class FactRowsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Read_EveryTableARunReadsOrStores_TheValuesEfCoreReads(string provider)
    {
        // Given: a generated population (Cyrillic names, null columns, packed incomes), decided and paid (stored explanations as blobs)
        var database = TestDatabase.Create(provider);
        PopulationStore.Load(database, PopulationGenerator.Generate(400, 13), Instant.FromUtc(2026, 11, 1, 9, 0), replace: false);
        Assert.True(DecisionsRun.TryExecute(database, new LocalDate(2027, 3, 4), ParameterTree.Default, TestClock.Start(), new RunOptions(), out _, out _));
        AllowanceRun.Execute(database, new YearMonth(2026, 11), ParameterTree.Default, TestClock.Start());
        using var context = database.Open();
        var before = FactRows.NativeReads;

        // When / Then: each table read by the fact reader and by EF Core's own query
        Same(context, context.Persons);
        Same(context, context.Parents);
        Same(context, context.Protections);
        Same(context, context.Placements);
        Same(context, context.Absences);
        Same(context, context.Incomes);
        Same(context, context.ReturnCommitments);
        Same(context, context.OtherPermits);
        Same(context, context.Decisions);
        Same(context, context.Tasks);
        Same(context, context.Payments);

        // Then: on SQLite every one of them was read on the statement handle
        Assert.Equal(provider == "sqlite" ? 11 : 0, FactRows.NativeReads - before);
    }

    private static void Same<T>(RegistryContext context, DbSet<T> rows)
        where T : class
    {
        var expected = Shown(context, rows.AsNoTracking().ToList());
        var read = Shown(context, FactRows.Read(context, rows.AsNoTracking()));
        Assert.True(expected.Count > 0, $"no {typeof(T).Name} rows to compare");
        Assert.Equal(expected, read);
    }

    /// <summary>Every mapped property of every row as the value the database stores (the model's converter applied; bytes in hex), as text, the rows sorted.</summary>
    private static List<string> Shown<T>(RegistryContext context, List<T> rows)
    {
        var properties = context.Model.FindEntityType(typeof(T))!.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        return [.. rows.Select(row => string.Join('|', properties.Select(p => Stored(p, p.PropertyInfo!.GetValue(row)) switch
        {
            null => "(null)",
            byte[] bytes => p.Name + "=" + Convert.ToHexString(bytes),
            var value => p.Name + "=" + Convert.ToString(value, CultureInfo.InvariantCulture),
        }))).Order(StringComparer.Ordinal)];
    }

    private static object? Stored(Microsoft.EntityFrameworkCore.Metadata.IProperty property, object? value) =>
        value is not null && property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
}
