using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>The tables of migration <c>ReportedChangesAndContacts</c> on both databases.</summary>
public sealed class ReportedChangeStorageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_reported_change_and_a_municipality_contact_are_stored_as_written_and_leave_the_revision_alone(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        var at = Instant.FromUtc(2026, 11, 22, 9, 30);
        var text = "Нова адреса з 1 грудня: Kerkstraat 5\nМарʼяна <b>&</b>";
        long revision;
        using (var setup = database.Open())
        {
            setup.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            setup.Persons.Add(SchemaTests.NewPerson("P1", new LocalDate(1990, 1, 1)));
            setup.SaveChanges();
            revision = setup.Revision.AsNoTracking().Single(r => r.Id == 1).Value;
        }

        // When
        using (var write = database.Open())
        {
            write.ReportedChanges.Add(new ReportedChange { PersonId = "P1", HouseholdId = "H-P1", MunicipalityCode = "GM0363", Kind = "address", Text = text, Language = "uk", ReportedAt = at, Status = "open" });
            write.MunicipalityContacts.Add(new MunicipalityContact { MunicipalityCode = "GM0363", Phone = "14 020", Website = "https://www.amsterdam.nl", Source = "test", ChangedBy = "admin", ChangedAt = at, Version = 1 });
            write.SaveChanges();
        }

        // Then
        using var read = database.Open();
        var change = read.ReportedChanges.AsNoTracking().Single();
        Assert.Equal(text, change.Text);
        Assert.Equal(at, change.ReportedAt);
        Assert.Equal(("H-P1", "GM0363", "address", "open"), (change.HouseholdId, change.MunicipalityCode, change.Kind, change.Status));
        var contact = read.MunicipalityContacts.AsNoTracking().Single();
        Assert.Equal(("14 020", "https://www.amsterdam.nl", (string?)null), (contact.Phone, contact.Website, contact.Address));
        Assert.Equal(revision, read.Revision.AsNoTracking().Single(r => r.Id == 1).Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_reported_change_needs_a_registered_person(string provider)
    {
        var database = TestDatabase.Create(provider);
        using var context = database.Open();
        context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
        context.SaveChanges();
        context.ReportedChanges.Add(new ReportedChange { PersonId = "nobody", HouseholdId = "H", MunicipalityCode = "GM0363", Kind = "other", Text = "x", Language = "nl", ReportedAt = Instant.FromUtc(2026, 11, 22, 0, 0), Status = "open" });
        Assert.Throws<DbUpdateException>(() => context.SaveChanges());
    }
}
