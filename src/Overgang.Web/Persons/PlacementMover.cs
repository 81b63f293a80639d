using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Persons;

/// <summary>
/// The placement part of a change of a person's facts: validates the move with the import's rule
/// (<see cref="PlacementChange"/>), ends the current placement the day before and adds the new one, for the person or
/// the whole household; the caller saves it together with the version and the audit entry.
/// </summary>
internal static class PlacementMover
{
    /// <summary>Field names in the API: <c>placement.</c> and the shared validation's field.</summary>
    public const string Prefix = "placement.";

    /// <summary>The persons moved (the first is <paramref name="person"/>), or every reason why not (each naming its field).</summary>
    public static async Task<(CaseResult<FactsChanged>.Invalid? Invalid, List<Person> Moved)> ApplyAsync(
        RegistryContext context, Caller caller, Person person, PlacementMove move, Dictionary<string, object?> changes, CancellationToken cancellationToken)
    {
        var errors = new List<FactError>();
        var from = FactDates.Parse("from", move.From, errors);

        var location = move.LocationId is { Length: > 0 } locationId
            ? await context.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == locationId, cancellationToken).ConfigureAwait(false)
            : null;
        var transfer = PlacementChange.AtLocation(move.Reception) && location is not null && location.MunicipalityCode != person.MunicipalityCode;
        if (transfer && caller.Role == Roles.CaseWorker)
        {
            // A case worker moves persons within their own municipality; a move to another municipality's location (a
            // transfer: the person's municipality becomes the location's) is an administrator's (the IND reads persons' records, it does not change them).
            errors.Add(new FactError("locationId", "transfer", $"location {location!.Id} lies in another municipality ({location.MunicipalityCode}); a case worker moves persons within their own municipality, a transfer is recorded by an administrator"));
        }

        var movers = move.WholeHousehold == true
            ? await context.Persons.Where(p => p.HouseholdId == person.HouseholdId).OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false)
            : [person];
        movers = [person, .. movers.Where(m => m.Id != person.Id)];
        if (movers.Find(m => !caller.MayChange(m.Id, m.MunicipalityCode)) is { } outside)
        {
            errors.Add(new FactError("wholeHousehold", "household-scope", $"member {outside.Id} of the household is outside your municipality; move the members one by one"));
        }

        var ids = movers.Select(m => m.Id).ToList();
        var rows = await context.Placements.Where(p => ids.Contains(p.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var mover in movers)
        {
            var own = rows.Where(r => r.PersonId == mover.Id).ToList();
            var who = mover.Id == person.Id ? "" : $" (household member {mover.Id})";
            foreach (var error in PlacementChange.Move(move.Reception, move.LocationId, move.Address, from, location, own))
            {
                // An unreadable date is already named; one problem per field and kind (a household repeats them per member).
                if ((error.Field == "from" && error.Code == "required" && errors.Exists(e => e.Field == "from")) || errors.Exists(e => e.Field == error.Field && e.Code == error.Code))
                {
                    continue;
                }

                errors.Add(error with { Message = error.Message + who });
            }
        }

        if (errors.Count > 0)
        {
            var all = errors.Select(e => e with { Field = Prefix + e.Field }).ToImmutableArray();
            return (new CaseResult<FactsChanged>.Invalid(all[0].Field, $"{all[0].Field} {all[0].Message}", all[0].Code) { All = all }, []);
        }

        var start = from!.Value;
        var atLocation = PlacementChange.AtLocation(move.Reception);
        foreach (var mover in movers)
        {
            var own = rows.Where(r => r.PersonId == mover.Id).ToList();
            var current = PlacementRows.On(own, start.PlusDays(-1));
            var before = current is null ? null : Describe(current.Reception, current.LocationId, current.Address, current.From, current.To);
            foreach (var lasting in own.Where(r => r.To is null || r.To >= start))
            {
                lasting.To = start.PlusDays(-1);
            }

            context.Placements.Add(new Placement
            {
                PersonId = mover.Id,
                Reception = move.Reception!,
                LocationId = atLocation ? move.LocationId : null,
                Address = atLocation ? null : move.Address,
                From = start,
            });
            var prefix = mover.Id == person.Id ? Prefix : $"{mover.Id}.{Prefix}";
            changes[prefix + "before"] = before;
            changes[prefix + "after"] = Describe(move.Reception!, atLocation ? move.LocationId : null, atLocation ? null : move.Address, start, null);
            if (transfer && mover.MunicipalityCode != location!.MunicipalityCode)
            {
                changes[(mover.Id == person.Id ? "" : mover.Id + ".") + "municipalityCode"] = new Dictionary<string, string>(StringComparer.Ordinal) { ["before"] = mover.MunicipalityCode, ["after"] = location.MunicipalityCode };
                mover.MunicipalityCode = location.MunicipalityCode;
            }
        }

        return (null, movers);
    }

    private static Dictionary<string, string?> Describe(string reception, string? locationId, string? address, LocalDate from, LocalDate? to) => new(StringComparer.Ordinal)
    {
        ["reception"] = reception,
        ["locationId"] = locationId,
        ["address"] = address,
        ["from"] = LocalDatePattern.Iso.Format(from),
        ["to"] = to is { } end ? LocalDatePattern.Iso.Format(end) : null,
    };
}
