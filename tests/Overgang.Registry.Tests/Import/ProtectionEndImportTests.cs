using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Platform;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Import;

/// <summary>
/// The end of a protection registration (<see cref="ProtectionRegistration.Until"/>, issue 17): <c>until</c> of an
/// <c>other-registration</c> row in <c>checks.csv</c> and <c>protectionUntil</c> in <c>persons.csv</c>, checked by the
/// shared <see cref="ProtectionChange"/>, used by the decisions' facts and the platform report.
/// </summary>
public sealed class ProtectionEndImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void The_checks_import_stores_the_end_of_a_registration_elsewhere_and_rejects_a_bad_one_naming_line_and_field(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Checks);

        // When
        var result = ImportFiles.Import(database, ImportKind.Checks, "checks-until.csv");

        // Then: lines 2 and 3 stored (with and without an end); 4 ends before it starts; 5 is not an other-registration
        var reasons = result.Rejections.ToDictionary(r => r.Line, r => (r.Field, r.Reason));
        Assert.Equal([4, 5], reasons.Keys.Order());
        var expected = Assert.Single(ProtectionChange.Dates(new LocalDate(2023, 1, 1), true, new LocalDate(2022, 12, 31), "date", "until"));
        Assert.Equal((expected.Field, expected.Message), reasons[4]);
        Assert.Equal("until", reasons[5].Field);
        Assert.Equal(2, result.Counts.Inserted);
        Assert.Equal((new LocalDate(2024, 6, 30), (LocalDate?)null), (Until(database, "P0000004", "DE"), Until(database, "P0000005", "PL")));
        Assert.Equal(0, Count(database, "P0000003", "CZ"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_later_file_sets_or_moves_the_end_of_a_stored_registration_and_the_audit_says_so(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Checks);
        ImportFiles.Import(database, ImportKind.Checks, "checks-until.csv");

        // When
        var result = ImportFiles.Import(database, ImportKind.Checks, "checks-until-later.csv");
        var again = ImportFiles.Import(database, ImportKind.Checks, "checks-until-later.csv");

        // Then
        Assert.Equal(2, result.Counts.Updated);
        Assert.Equal(2, again.Counts.Unchanged);
        Assert.Equal((new LocalDate(2024, 7, 31), (LocalDate?)new LocalDate(2025, 1, 31)), (Until(database, "P0000004", "DE"), Until(database, "P0000005", "PL")));
        using var context = database.Open();
        Assert.Equal(2, context.Audit.AsNoTracking().Count(a => a.Action == "protection.update"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void The_persons_import_stores_the_end_of_protection_in_the_Netherlands_and_the_platform_report_counts_it_inactive(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = ImportFiles.Import(database, ImportKind.Persons, "persons-until.csv");

        // Then: P0000002's end lies before its start, refused naming protectionUntil; the others are stored
        var rejection = Assert.Single(result.Rejections);
        var expected = Assert.Single(ProtectionChange.Dates(new LocalDate(2022, 3, 20), true, new LocalDate(2021, 1, 1), "protectionSince", "protectionUntil"));
        Assert.Equal((3, expected.Field, expected.Message), (rejection.Line, rejection.Field, rejection.Reason));
        Assert.Equal(new LocalDate(2025, 12, 15), Until(database, "P0000001", "NL"));

        // And: in January 2026 P0000001's registration is inactive, the three other stored ones active
        using var context = database.Open();
        var report = PlatformReport.Compute(context, new YearMonth(2026, 1), ParameterTree.Default);
        Assert.Equal(1, report.Total(PlatformMeasure.Inactive));
        Assert.Equal(3, report.Total(PlatformMeasure.Active));
        Assert.Equal(0, report.Total(PlatformMeasure.Ended));
        Assert.Equal(1, PlatformReport.Compute(context, new YearMonth(2025, 12), ParameterTree.Default).Total(PlatformMeasure.Ended));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void The_decision_facts_carry_the_end_of_a_registration_elsewhere(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Checks);
        ImportFiles.Import(database, ImportKind.Checks, "checks-until.csv");
        using var context = database.Open();
        var person = context.Persons.AsNoTracking().Single(p => p.Id == "P0000004");
        var protections = context.Protections.AsNoTracking().Where(p => p.PersonId == "P0000004").ToList();

        // When
        var facts = TransitionInputs.Facts(person, protections, null, null)!;

        // Then
        Assert.Equal("NL", facts.Protection.MemberState);
        var elsewhere = Assert.Single(facts.OtherProtection);
        Assert.Equal(("DE", (LocalDate?)new LocalDate(2024, 6, 30)), (elsewhere.MemberState, elsewhere.Until));
        Assert.False(elsewhere.ActiveOn(new LocalDate(2027, 3, 4)));
    }

    [Theory]
    [InlineData(null, false, null, null)]
    [InlineData("2022-03-10", true, "2022-03-10", null)]
    [InlineData("2022-03-10", true, "2022-03-09", "to-before-from")]
    [InlineData(null, false, "2022-03-09", "until-without-since")]
    [InlineData(null, true, "2022-03-09", null)]
    public void An_end_needs_a_start_and_is_not_before_it(string? since, bool sinceGiven, string? until, string? code)
    {
        static LocalDate? Day(string? text) => text is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

        var errors = ProtectionChange.Dates(Day(since), sinceGiven, Day(until), "date", "until");

        Assert.Equal(code, errors.IsEmpty ? null : Assert.Single(errors).Code);
        Assert.All(errors, e => Assert.Equal("until", e.Field));
    }

    private static LocalDate? Until(RegistryDatabase database, string personId, string state)
    {
        using var context = database.Open();
        return context.Protections.AsNoTracking().Single(p => p.PersonId == personId && p.MemberState == state).Until;
    }

    private static int Count(RegistryDatabase database, string personId, string state)
    {
        using var context = database.Open();
        return context.Protections.AsNoTracking().Count(p => p.PersonId == personId && p.MemberState == state);
    }
}
