using NodaTime;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Import;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

/// <summary>
/// The one validation of another permit, a return commitment (<see cref="CheckChange"/>) and an absence
/// (<see cref="AbsenceChange"/>), shared by <c>checks.csv</c>, <c>absences.csv</c>, the API and the edit page.
/// </summary>
public sealed class CheckChangeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void The_checks_import_reports_the_shared_rules_messages(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Checks);

        // When
        var result = ImportFiles.Import(database, ImportKind.Checks, "checks-edit-bad.csv");

        // Then: line 5 (a signed commitment without a date: to be agreed) is valid
        var reasons = result.Rejections.ToDictionary(r => r.Line, r => (r.Field, r.Reason));
        Assert.Equal(3, reasons.Count);
        Assert.Equal(Single(CheckChange.OtherPermit("holiday", new LocalDate(2028, 1, 31), true, "value", "date")), reasons[2]);
        Assert.Equal(Single(CheckChange.OtherPermit("work", null, false, "value", "date")), reasons[3]);
        Assert.Equal(Single(CheckChange.ReturnCommitment(null, "value")), reasons[4]);
        Assert.Equal(1, result.Counts.Inserted);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void The_absences_import_reports_the_shared_rules_messages(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Absences);

        // When
        var result = ImportFiles.Import(database, ImportKind.Absences, "absences-edit-bad.csv");

        // Then
        var reasons = result.Rejections.ToDictionary(r => r.Line, r => (r.Field, r.Reason));
        Assert.Equal(2, reasons.Count);
        Assert.Equal(Single(AbsenceChange.Check(new LocalDate(2026, 11, 12), true, new LocalDate(2026, 11, 2), true)), reasons[2]);
        Assert.Equal(Single(AbsenceChange.Check(null, false, new LocalDate(2026, 11, 2), true)), reasons[3]);
    }

    [Theory]
    [InlineData("work", true, true, null, null)]
    [InlineData(null, true, true, "value", "required")]
    [InlineData("holiday", true, true, "value", "one-of")]
    [InlineData("study", false, false, "date", "required")]
    [InlineData("study", false, true, null, null)]
    public void Another_permit_needs_a_ground_and_a_last_day(string? kind, bool dated, bool dateGiven, string? field, string? code)
    {
        var errors = CheckChange.OtherPermit(kind, dated ? new LocalDate(2028, 1, 31) : null, dateGiven, "value", "date");

        if (field is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Equal((field, code), (Assert.Single(errors).Field, Assert.Single(errors).Code));
        }
    }

    [Fact]
    public void A_return_commitment_is_signed_or_unsigned_and_an_absence_does_not_end_before_it_starts()
    {
        Assert.Empty(CheckChange.ReturnCommitment("unsigned", "value"));
        Assert.Equal("one-of", Assert.Single(CheckChange.ReturnCommitment("maybe", "value")).Code);
        Assert.Empty(AbsenceChange.Check(new LocalDate(2026, 11, 2), true, new LocalDate(2026, 11, 2), true));
        Assert.Equal(["required", "required"], AbsenceChange.Check(null, false, null, false).Select(e => e.Code));
    }

    private static (string Field, string Reason) Single(IEnumerable<FactError> errors)
    {
        var error = Assert.Single(errors);
        return (error.Field, error.Message);
    }
}
