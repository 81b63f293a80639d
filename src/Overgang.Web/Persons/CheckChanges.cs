using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;

namespace Overgang.Web.Persons;

/// <summary>
/// The other-permit, return-commitment and absence parts of a change of a person's facts, validated with the import's
/// rules (<see cref="CheckChange"/>, <see cref="AbsenceChange"/>): every problem is found before anything is changed;
/// the changes are tracked for the caller to save together with the version and the audit entry (before and after).
/// </summary>
internal static class CheckChanges
{
    /// <summary>Every problem (fields named as in the API, such as <c>otherPermit.validUntil</c>), or none and the changes applied.</summary>
    public static async Task<ImmutableArray<FactError>> ApplyAsync(RegistryContext context, Person person, FactsUpdate update, Dictionary<string, object?> changes, CancellationToken cancellationToken)
    {
        var errors = ImmutableArray.CreateBuilder<FactError>();
        LocalDate? validUntil = null;
        LocalDate? departure = null;
        LocalDate? from = null;
        LocalDate? to = null;
        if (update.OtherPermit is { Remove: not true } permit)
        {
            validUntil = FactDates.Parse("otherPermit.validUntil", permit.ValidUntil, errors);
            errors.AddRange(CheckChange.OtherPermit(permit.Kind, validUntil, permit.ValidUntil is { Length: > 0 }, "otherPermit.kind", "otherPermit.validUntil"));
        }

        if (update.ReturnCommitment is { } commitment)
        {
            errors.AddRange(CheckChange.ReturnCommitment(commitment.Commitment, "returnCommitment.commitment"));
            departure = FactDates.Parse("returnCommitment.departureDate", commitment.DepartureDate, errors);
        }

        if (update.Absence is { } absence)
        {
            from = FactDates.Parse("absence.from", absence.From, errors);
            to = FactDates.Parse("absence.to", absence.To, errors);
            errors.AddRange(AbsenceChange.Check(from, absence.From is { Length: > 0 }, to, absence.To is { Length: > 0 }).Select(e => e with { Field = "absence." + e.Field }));
        }

        if (errors.Count > 0)
        {
            return errors.ToImmutable();
        }

        var id = person.Id;
        if (update.OtherPermit is { } change)
        {
            var stored = await context.OtherPermits.FirstOrDefaultAsync(p => p.PersonId == id, cancellationToken).ConfigureAwait(false);
            var before = stored is null ? null : Permit(stored.Kind, stored.ValidUntil);
            if (change.Remove == true)
            {
                if (stored is not null)
                {
                    context.OtherPermits.Remove(stored);
                    changes["otherPermit"] = BeforeAfter(before, null);
                }
            }
            else if (stored is null)
            {
                context.OtherPermits.Add(new OtherPermit { PersonId = id, Kind = change.Kind!, ValidUntil = validUntil!.Value });
                changes["otherPermit"] = BeforeAfter(null, Permit(change.Kind!, validUntil!.Value));
            }
            else if (stored.Kind != change.Kind || stored.ValidUntil != validUntil)
            {
                stored.Kind = change.Kind!;
                stored.ValidUntil = validUntil!.Value;
                changes["otherPermit"] = BeforeAfter(before, Permit(stored.Kind, stored.ValidUntil));
            }
        }

        if (update.ReturnCommitment is { } signed)
        {
            var isSigned = signed.Commitment == "signed";
            var stored = await context.ReturnCommitments.FirstOrDefaultAsync(r => r.PersonId == id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                context.ReturnCommitments.Add(new ReturnCommitment { PersonId = id, CommitmentSigned = isSigned, DepartureDate = departure });
                changes["returnCommitment"] = BeforeAfter(null, Commitment(isSigned, departure));
            }
            else if (stored.CommitmentSigned != isSigned || stored.DepartureDate != departure)
            {
                var before = Commitment(stored.CommitmentSigned, stored.DepartureDate);
                stored.CommitmentSigned = isSigned;
                stored.DepartureDate = departure;
                stored.Version++;
                changes["returnCommitment"] = BeforeAfter(before, Commitment(isSigned, departure));
            }
        }

        if (update.Absence is { } away)
        {
            var first = from!.Value;
            var reported = away.Reported ?? false;
            var stored = await context.Absences.FirstOrDefaultAsync(a => a.PersonId == id && a.From == first, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                context.Absences.Add(new Absence { PersonId = id, From = first, To = to!.Value, Reported = reported });
                changes["absence"] = BeforeAfter(null, Away(first, to!.Value, reported));
            }
            else if (stored.To != to || stored.Reported != reported)
            {
                var before = Away(stored.From, stored.To, stored.Reported);
                stored.To = to!.Value;
                stored.Reported = reported;
                changes["absence"] = BeforeAfter(before, Away(first, to!.Value, reported));
            }
        }

        return [];
    }

    private static Dictionary<string, object?> BeforeAfter(object? before, object? after) => new(StringComparer.Ordinal) { ["before"] = before, ["after"] = after };

    private static Dictionary<string, string> Permit(string kind, LocalDate validUntil) =>
        new(StringComparer.Ordinal) { ["kind"] = kind, ["validUntil"] = LocalDatePattern.Iso.Format(validUntil) };

    private static Dictionary<string, string?> Commitment(bool signed, LocalDate? departure) =>
        new(StringComparer.Ordinal) { ["commitment"] = signed ? "signed" : "unsigned", ["departureDate"] = departure is { } d ? LocalDatePattern.Iso.Format(d) : null };

    private static Dictionary<string, object> Away(LocalDate from, LocalDate to, bool reported) =>
        new(StringComparer.Ordinal) { ["from"] = LocalDatePattern.Iso.Format(from), ["to"] = LocalDatePattern.Iso.Format(to), ["reported"] = reported };
}
