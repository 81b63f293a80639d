using NodaTime;
using Overgang.Registry.Platform;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Testing;

namespace Overgang.Registry.Tests.Platform;

public sealed class PlatformReportTests
{
    private static readonly YearMonth _january = new(2026, 1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Compute_January_CountsActiveInactiveNewAndEndedByReason(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        PlatformFixture.Seed(database);

        // When
        var report = Compute(database, _january);

        // Then
        Assert.Equal(new LocalDate(2026, 1, 31), report.LastDay);
        Assert.Equal(3, report.Total(PlatformMeasure.Active));
        Assert.Equal(4, report.Total(PlatformMeasure.Inactive));
        Assert.Equal(1, report.Total(PlatformMeasure.New));
        Assert.Equal(3, report.Total(PlatformMeasure.Ended));
        Assert.Equal(1, report.Total(PlatformMeasure.Ended, PlatformReport.ReasonReturn));
        Assert.Equal(1, report.Total(PlatformMeasure.Ended, PlatformReport.ReasonOtherMemberState));
        Assert.Equal(1, report.Total(PlatformMeasure.Ended, PlatformReport.ReasonUnknown));
        Assert.Equal(0, report.Total(PlatformMeasure.Ended, PlatformReport.ReasonProtectionEnded));
        Assert.Equal(1, Count(report, PlatformMeasure.New, "", "0-17", "M"));
        Assert.Equal(1, Count(report, PlatformMeasure.Ended, PlatformReport.ReasonReturn, "65+", "F"));
        Assert.Equal(1, Count(report, PlatformMeasure.Ended, PlatformReport.ReasonUnknown, "18-64", "X"));
        Assert.Equal(1, Count(report, PlatformMeasure.Active, "", "65+", "M"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Compute_APastMonth_IsTheSameAfterLaterFactsAreAdded(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        PlatformFixture.Seed(database);
        var before = Compute(database, _january);
        var februaryBefore = Compute(database, new YearMonth(2026, 2));

        // When
        PlatformFixture.AddLaterFacts(database);

        // Then: January is unchanged, to the byte; February, which the later facts are about, is not
        var after = Compute(database, _january);
        Assert.Equal(before.ToCsv(), after.ToCsv());
        Assert.Equal(before.ToJson(), after.ToJson());
        var februaryAfter = Compute(database, new YearMonth(2026, 2));
        Assert.NotEqual(februaryBefore.ToCsv(), februaryAfter.ToCsv());
        Assert.Equal(1, februaryAfter.Total(PlatformMeasure.Ended, PlatformReport.ReasonReturn));
    }

    [Fact]
    public void Compute_TheMonthProtectionEnds_EndsEveryOpenRegistrationByTheParameters()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        PlatformFixture.Seed(database);

        // When: March 2027, the month of the last day of protection (transition.protection.last-day)
        var report = Compute(database, new YearMonth(2027, 3));

        // Then: P1, P2 and P7 had no recorded end; P8 ended in February 2026
        Assert.Equal(0, report.Total(PlatformMeasure.Active));
        Assert.Equal(3, report.Total(PlatformMeasure.Ended, PlatformReport.ReasonProtectionEnded));
        Assert.Equal(report.Total(PlatformMeasure.Ended), report.Total(PlatformMeasure.Ended, PlatformReport.ReasonProtectionEnded));
    }

    [Fact]
    public void Outputs_HoldNoNameAndNoPersonId()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        PlatformFixture.Seed(database);

        // When
        var report = Compute(database, _january);

        // Then
        foreach (var text in new[] { report.ToCsv(), report.ToJson() })
        {
            Assert.DoesNotContain("Shevchenko", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\bP\d\b|NameP", text);
        }
    }

    private static PlatformReport Compute(RegistryDatabase database, YearMonth month)
    {
        using var context = database.Open();
        return PlatformReport.Compute(context, month, ParameterTree.Default);
    }

    private static int Count(PlatformReport report, PlatformMeasure measure, string reason, string group, string sex) =>
        Assert.Single(report.Rows, r => r.Measure == measure && r.Reason == reason && r.AgeGroup == group && r.Sex == sex).Count;
}
