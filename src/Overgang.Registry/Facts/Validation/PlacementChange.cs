using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Model;

namespace Overgang.Registry.Facts.Validation;

/// <summary>
/// The validation of a placement (where a person lives from a date), shared by <c>placements.csv</c> and the case-work
/// change of a placement: the same bad value gets the same message from the import, the API and the edit page.
/// Input shape only; which placement holds on a day is the reception rules' (<see cref="PlacementRows"/>).
/// </summary>
public static class PlacementChange
{
    /// <summary>The kinds of reception.</summary>
    public static ImmutableArray<string> Receptions { get; } = ["municipal", "municipal-catering", "coa", "private", "own-home"];

    /// <summary>True for reception at a reception location (a location id is required).</summary>
    public static bool AtLocation(string? reception) => reception is "municipal" or "municipal-catering" or "coa";

    /// <summary>True for private reception or an own home (an address is required).</summary>
    public static bool AtAddress(string? reception) => reception is "private" or "own-home";

    /// <summary>A required value left empty.</summary>
    public static FactError Required(string field) => new(field, "required", "required");

    /// <summary>A reception kind that is not one of <see cref="Receptions"/>.</summary>
    public static FactError UnknownReception(string value) =>
        new("reception", "reception", $"'{value}' is not one of {string.Join(", ", Receptions)}");

    /// <summary>A location id that is not in the registry.</summary>
    public static FactError UnknownLocation(string locationId) => new("locationId", "unknown-location", $"unknown location {locationId}");

    /// <summary>The last day before the first.</summary>
    public static FactError? ToBeforeFrom(LocalDate? from, LocalDate? to) =>
        to is { } end && from is { } start && end < start
            ? new FactError("to", "to-before-from", $"{LocalDatePattern.Iso.Format(end)} is before from {LocalDatePattern.Iso.Format(start)}")
            : null;

    /// <summary>
    /// A move from <paramref name="from"/> (the current placement ends the day before): the reception, its location or
    /// address, the location being open that day and of that kind, and no placement of the person starting on or after
    /// that day (placements must not overlap). Every problem, in field order.
    /// </summary>
    /// <param name="reception">The kind of reception.</param>
    /// <param name="locationId">The location, for reception at a location.</param>
    /// <param name="address">The address, for private reception or an own home.</param>
    /// <param name="from">The first day at the new place.</param>
    /// <param name="location">The location read from the registry, or <c>null</c> when unknown.</param>
    /// <param name="existing">The person's placements.</param>
    public static ImmutableArray<FactError> Move(string? reception, string? locationId, string? address, LocalDate? from, ReceptionLocation? location, IEnumerable<Placement> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var errors = ImmutableArray.CreateBuilder<FactError>();
        if (string.IsNullOrWhiteSpace(reception))
        {
            errors.Add(Required("reception"));
        }
        else if (!Receptions.Contains(reception, StringComparer.Ordinal))
        {
            errors.Add(UnknownReception(reception));
        }

        if (AtLocation(reception))
        {
            if (string.IsNullOrWhiteSpace(locationId))
            {
                errors.Add(Required("locationId"));
            }
            else if (location is null)
            {
                errors.Add(UnknownLocation(locationId));
            }
            else
            {
                if (location.Kind != reception)
                {
                    errors.Add(new FactError("locationId", "location-kind", $"location {location.Id} offers {location.Kind} reception, not {reception}"));
                }

                if (from is { } day && (day < location.Opened || (location.Closed is { } closed && day > closed)))
                {
                    errors.Add(new FactError("locationId", "location-closed", $"location {location.Id} is not open on {LocalDatePattern.Iso.Format(day)}"));
                }
            }
        }

        if (AtAddress(reception) && string.IsNullOrWhiteSpace(address))
        {
            errors.Add(Required("address"));
        }
        else if (address is not null && FreeText.Problem(address, lineBreaks: true) is { } problem)
        {
            errors.Add(new FactError("address", "address", problem));
        }

        if (from is not { } start)
        {
            errors.Add(Required("from"));
        }
        else if (existing.Where(p => p.From >= start).OrderBy(p => p.From).FirstOrDefault() is { } later)
        {
            errors.Add(new FactError("from", "overlap", $"overlaps the placement from {LocalDatePattern.Iso.Format(later.From)}; a move must start after the first day of the last placement"));
        }

        return errors.ToImmutable();
    }
}
