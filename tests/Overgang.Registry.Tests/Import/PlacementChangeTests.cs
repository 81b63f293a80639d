using NodaTime;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

/// <summary>The one placement validation shared by <c>placements.csv</c> and the move form (<see cref="PlacementChange"/>).</summary>
public sealed class PlacementChangeTests
{
    private static readonly ReceptionLocation Location = new()
    {
        Id = "GM0363-L001", MunicipalityCode = "GM0363", Name = "De Haven", Kind = "municipal", Capacity = 10,
        Opened = new LocalDate(2022, 4, 1), Closed = new LocalDate(2027, 6, 30),
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void The_import_reports_the_shared_rules_messages(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Placements);

        // When
        var result = ImportFiles.Import(database, ImportKind.Placements, "placements-unknown.csv");

        // Then
        var reasons = result.Rejections.ToDictionary(r => r.Line, r => r.Reason);
        Assert.StartsWith(PlacementChange.UnknownLocation("GM0363-L999").Message + ";", reasons[2], StringComparison.Ordinal);
        Assert.Equal(PlacementChange.Required("locationId").Message, reasons[4]);
        Assert.Equal(PlacementChange.ToBeforeFrom(new LocalDate(2023, 1, 10), new LocalDate(2022, 6, 30))!.Message, reasons[7]);
    }

    [Fact]
    public void A_move_into_an_open_location_of_its_kind_after_the_last_placement_is_valid() =>
        Assert.Empty(PlacementChange.Move("municipal", Location.Id, null, new LocalDate(2026, 12, 1), Location, [Existing(new LocalDate(2024, 1, 1))]));

    [Theory]
    [InlineData(null, "GM0363-L001", null, "2026-12-01", "reception", "required")]
    [InlineData("hotel", null, null, "2026-12-01", "reception", "reception")]
    [InlineData("municipal", null, null, "2026-12-01", "locationId", "required")]
    [InlineData("coa", "GM0363-L001", null, "2026-12-01", "locationId", "location-kind")]
    [InlineData("municipal", "GM0363-L001", null, "2027-07-01", "locationId", "location-closed")]
    [InlineData("private", null, null, "2026-12-01", "address", "required")]
    [InlineData("own-home", null, "Dorpsstraat 1", null, "from", "required")]
    [InlineData("own-home", null, "Dorpsstraat 1", "2024-01-01", "from", "overlap")]
    public void A_bad_move_names_its_field_and_kind(string? reception, string? locationId, string? address, string? from, string field, string code)
    {
        var day = from is null ? (LocalDate?)null : NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value;
        var errors = PlacementChange.Move(reception, locationId, address, day, locationId is null ? null : Location, [Existing(new LocalDate(2024, 1, 1))]);

        Assert.Contains(errors, e => e.Field == field && e.Code == code);
    }

    [Fact]
    public void An_unknown_location_is_named() =>
        Assert.Equal(new[] { PlacementChange.UnknownLocation("GM0363-L999") }, PlacementChange.Move("municipal", "GM0363-L999", null, new LocalDate(2026, 12, 1), null, []));

    private static Placement Existing(LocalDate from) => new() { PersonId = "P0000001", Reception = "municipal", LocationId = Location.Id, From = from };
}
