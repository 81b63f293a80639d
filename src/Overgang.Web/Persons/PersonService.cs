using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Hosting;
using Overgang.Web.Security;

namespace Overgang.Web.Persons;

/// <summary>
/// Read and change persons' records (search: <see cref="PersonSearch"/>), for the API and the pages alike. Scope is <see cref="Caller"/>'s to
/// decide; every read and every change is written to the audit log before anything is returned.
/// </summary>
public sealed class PersonService(RegistryContext context, AccessLog log, IClock clock, ParameterTree parameters, WebSettings settings)
{
    private const int IncomeMonthsShown = 12;

    /// <summary>A person's record, within the caller's scope.</summary>
    public async Task<CaseResult<PersonView>> ReadAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var person = await context.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<PersonView>.NotFound();
        }

        if (!caller.MayRead(person.Id, person.MunicipalityCode))
        {
            return new CaseResult<PersonView>.Refused();
        }

        var today = CaseClock.Today(clock);
        var parents = await context.Parents.AsNoTracking().Where(x => x.PersonId == id && x.Until == null).Select(x => x.ParentId).OrderBy(x => x).ToListAsync(cancellationToken).ConfigureAwait(false);
        var placement = PlacementRows.On(
            await PlacementRows.Covering(context, today).Where(x => x.PersonId == id).ToListAsync(cancellationToken).ConfigureAwait(false),
            today);
        var recorded = await context.Incomes.AsNoTracking().Where(x => x.PersonId == id).Select(x => x.Months).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var incomes = Enumerable.Reverse((recorded ?? IncomeMonths.None).Months).Take(IncomeMonthsShown);
        var permit = await context.OtherPermits.AsNoTracking().Where(x => x.PersonId == id).Select(x => new OtherPermitView(x.Kind, x.ValidUntil)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var commitment = await context.ReturnCommitments.AsNoTracking().Where(x => x.PersonId == id)
            .Select(x => new ReturnCommitmentView(x.CommitmentSigned ? "signed" : "unsigned", x.DepartureDate)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        await log.ReadAsync(context, caller, "person", [id], cancellationToken).ConfigureAwait(false);
        return new CaseResult<PersonView>.Ok(new PersonView(
            person.Id, person.Version, person.GivenName, person.FamilyName, person.GivenNameCyrillic, person.FamilyNameCyrillic, person.BirthDate,
            person.Sex, person.Nationality, person.UkrainianResidence, person.MunicipalityCode, person.HouseholdId, person.PartnerId, [.. parents],
            person.MedicalTreatment, person.AsylumApplication, person.AsylumWithdrawnOn, person.PublicOrderCheck, ToView(placement),
            [.. incomes.Select(i => new IncomeView(i.Month.ToYearMonth(), new Rules.Money(i.AmountCents).Euros))], person.Bsn, person.VNumber)
        {
            OtherPermit = permit,
            ReturnCommitment = commitment,
        });
    }

    /// <summary>
    /// Changes a person's facts if the record is still at <paramref name="expectedVersion"/> (required): the change, the new version
    /// and its audit entry are stored in one transaction, or nothing is.
    /// </summary>
    public async Task<CaseResult<FactsChanged>> UpdateAsync(Caller caller, string id, long? expectedVersion, FactsUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(update);
        var person = await context.Persons.FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<FactsChanged>.NotFound();
        }

        if (!caller.MayChange(person.Id, person.MunicipalityCode))
        {
            return new CaseResult<FactsChanged>.Refused();
        }

        if (expectedVersion is not { } expected)
        {
            return new CaseResult<FactsChanged>.VersionRequired();
        }

        if (person.Version != expected)
        {
            return new CaseResult<FactsChanged>.Conflict(person.Version);
        }

        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        var problems = new List<Registry.Facts.Validation.FactError>();
        if (Validate(update, person, RuleMonths.Of(parameters), settings.Limits.MaxIncomesPerUpdate, out var incomes) is CaseResult<FactsChanged>.Invalid invalid)
        {
            // Looked at with the other parts below, so that every field at fault is named at once; nothing is stored.
            problems.Add(new Registry.Facts.Validation.FactError(invalid.Field, invalid.Code ?? "invalid", invalid.Message));
            incomes = [];
        }

        if (update.MedicalTreatment is { } medical && medical != person.MedicalTreatment)
        {
            changes["medicalTreatment"] = medical;
            person.MedicalTreatment = medical;
        }

        if (update.AsylumApplication is { } asylum && asylum != person.AsylumApplication)
        {
            changes["asylumApplication"] = asylum;
            person.AsylumApplication = asylum;
            if (asylum != "withdrawn" && person.AsylumWithdrawnOn is not null)
            {
                changes["asylumWithdrawnOn"] = null;
                person.AsylumWithdrawnOn = null;
            }
        }

        if (update.AsylumWithdrawnOn is { } withdrawn && LocalDatePattern.Iso.Parse(withdrawn) is { Success: true } parsedDay)
        {
            var day = parsedDay.Value;
            changes["asylumWithdrawnOn"] = withdrawn;
            person.AsylumWithdrawnOn = day;
        }

        if (update.PublicOrderCheck is { } check && check != person.PublicOrderCheck)
        {
            changes["publicOrderCheck"] = check;
            person.PublicOrderCheck = check;
        }

        var stored = incomes.Count == 0 ? null : await context.Incomes.FirstOrDefaultAsync(x => x.PersonId == id, cancellationToken).ConfigureAwait(false);
        var months = stored?.Months ?? IncomeMonths.None;
        foreach (var (month, cents) in incomes)
        {
            var day = month.OnDayOfMonth(1);
            if (months.In(day) == cents)
            {
                continue;
            }

            months = months.With(day, cents);
            changes["income." + month.ToString("yyyy-MM", CultureInfo.InvariantCulture)] = new Rules.Money(cents).Euros;
        }

        if (stored is null && !months.IsEmpty)
        {
            context.Incomes.Add(new PersonIncome { PersonId = id, Months = months });
        }
        else if (stored is not null)
        {
            stored.Months = months;
        }

        // Every problem of the checks and the move at once (a form shows each beside its field); nothing is stored unless none.
        problems.AddRange(await CheckChanges.ApplyAsync(context, person, update, changes, cancellationToken).ConfigureAwait(false));
        List<string> changed = [id];
        if (update.Placement is { } move)
        {
            var (refused, moved) = await PlacementMover.ApplyAsync(context, caller, person, move, changes, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                problems.AddRange(refused.All.IsEmpty ? [new Registry.Facts.Validation.FactError(refused.Field, refused.Code ?? "invalid", refused.Message)] : refused.All);
            }

            // Other members moved with the household get a new version too: their record changed.
            foreach (var member in moved.Skip(1))
            {
                member.Version++;
                changed.Add(member.Id);
            }
        }

        if (update.Relation is { } relation)
        {
            var (refused, other) = await RelationEditor.ApplyAsync(context, caller, person, relation, changes, cancellationToken).ConfigureAwait(false);
            problems.AddRange(refused);

            // The related person's record changed too (a partner on both sides, a parent–child row they share).
            if (other is not null && !changed.Contains(other.Id) && changes.Keys.Any(k => k.StartsWith(RelationEditor.Prefix, StringComparison.Ordinal)))
            {
                other.Version++;
                changed.Add(other.Id);
            }
        }

        if (problems.Count > 0)
        {
            context.ChangeTracker.Clear();
            var first = problems[0];
            return new CaseResult<FactsChanged>.Invalid(first.Field, first.Message.StartsWith(first.Field, StringComparison.Ordinal) ? first.Message : $"{first.Field} {first.Message}", first.Code)
            {
                All = [.. problems],
            };
        }

        if (changes.Count == 0)
        {
            return new CaseResult<FactsChanged>.Ok(new FactsChanged(id, person.Version));
        }

        // The version is the concurrency token: the UPDATE only matches the row still at the version the caller read.
        context.Entry(person).Property(p => p.Version).OriginalValue = expected;
        person.Version = expected + 1;
        try
        {
            await log.WriteAsync(context, caller, "person.update", "facts changed", changed, cancellationToken, JsonSerializer.Serialize(changes)).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same record: either the version no longer matched, or its new income row was
            // inserted first (the primary key refuses ours). Nothing of this change was stored (one transaction).
            context.ChangeTracker.Clear();
            var current = await context.Persons.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).FirstAsync(cancellationToken).ConfigureAwait(false);
            if (current == expected)
            {
                throw;
            }

            return new CaseResult<FactsChanged>.Conflict(current);
        }

        return new CaseResult<FactsChanged>.Ok(new FactsChanged(id, person.Version));
    }

    /// <summary>
    /// The relations of a person and the other members of their registered household (the persons a relation can be
    /// recorded with), for a caller who may change the person's record; the members' records read are audited.
    /// </summary>
    public async Task<RelationsView?> RelationsAsync(Caller caller, PersonView person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(person);
        if (!caller.MayChange(person.Id, person.MunicipalityCode))
        {
            return null;
        }

        var members = await context.Persons.AsNoTracking().Where(p => p.HouseholdId == person.HouseholdId && p.Id != person.Id).OrderBy(p => p.BirthDate).ThenBy(p => p.Id)
            .Select(p => new HouseholdMember(p.Id, p.GivenName, p.FamilyName, p.GivenNameCyrillic, p.FamilyNameCyrillic, p.BirthDate)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var children = await context.Parents.AsNoTracking().Where(x => x.ParentId == person.Id && x.Until == null).Select(x => x.PersonId).OrderBy(x => x).ToListAsync(cancellationToken).ConfigureAwait(false);
        await log.ReadAsync(context, caller, "person", [.. members.Select(m => m.Id)], cancellationToken).ConfigureAwait(false);
        return new RelationsView(person.PartnerId, person.ParentIds, [.. children], [.. members]);
    }

    /// <summary>The reception locations of <paramref name="municipality"/> open today or later, by name: the places a case worker may move a person to.</summary>
    public async Task<IReadOnlyList<LocationChoice>> LocationChoicesAsync(string municipality, CancellationToken cancellationToken)
    {
        var today = CaseClock.Today(clock);
        return await context.Locations.AsNoTracking().Where(l => l.MunicipalityCode == municipality && (l.Closed == null || l.Closed >= today))
            .OrderBy(l => l.Name).ThenBy(l => l.Id).Select(l => new LocationChoice(l.Id, l.Name, l.Kind)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static PlacementView? ToView(Placement? placement) =>
        placement is null ? null : new PlacementView(placement.Reception, placement.LocationId, placement.Address, placement.From, placement.To);

    private static CaseResult<FactsChanged>? Validate(FactsUpdate update, Person person, RuleMonths months, int maxIncomes, out List<(YearMonth Month, long Cents)> incomes)
    {
        var changes = new List<(YearMonth Month, long Cents)>();
        incomes = changes;
        if (update.AsylumApplication is { } asylum && !TransitionNames.AsylumApplications.ContainsKey(asylum))
        {
            return Invalid("asylumApplication", $"must be one of {string.Join(", ", TransitionNames.AsylumApplications.Keys)}");
        }

        if (update.PublicOrderCheck is { } check && !TransitionNames.PublicOrderChecks.ContainsKey(check))
        {
            return Invalid("publicOrderCheck", $"must be one of {string.Join(", ", TransitionNames.PublicOrderChecks.Keys)}");
        }

        if (update.AsylumWithdrawnOn is { } withdrawn)
        {
            if (!LocalDatePattern.Iso.Parse(withdrawn).Success)
            {
                return Invalid("asylumWithdrawnOn", "must be a date YYYY-MM-DD");
            }

            if ((update.AsylumApplication ?? person.AsylumApplication) != "withdrawn")
            {
                return Invalid("asylumWithdrawnOn", "is only possible when asylumApplication is withdrawn");
            }
        }

        var list = update.Incomes ?? [];
        if (list.Length > maxIncomes)
        {
            return Invalid("incomes", $"at most {maxIncomes} months in one change");
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is not { } change)
            {
                return Invalid($"incomes[{i}]", "must be an object with month and amount");
            }

            var parsed = change.Month is null ? null : YearMonthPattern.Iso.Parse(change.Month);
            if (parsed is not { Success: true })
            {
                return Invalid($"incomes[{i}].month", "must be a month YYYY-MM");
            }

            if (!months.Contains(parsed.Value))
            {
                return Invalid($"incomes[{i}].month", months.Message);
            }

            if (change.Amount is not { } amount || amount < 0 || decimal.Round(amount, 2) != amount || amount > MaxMonthlyIncomeEuros)
            {
                return Invalid($"incomes[{i}].amount", "must be an amount in euros, zero or more, with at most two decimals");
            }

            if (changes.Exists(x => x.Month == parsed.Value))
            {
                return Invalid($"incomes[{i}].month", "is already listed");
            }

            changes.Add((parsed.Value, Rules.Money.FromEuros(amount).Cents));
        }

        return null;
    }

    // A sanity bound against typing errors (a misplaced decimal point), not a rule of the scheme.
    private const decimal MaxMonthlyIncomeEuros = 1_000_000m;

    private static CaseResult<FactsChanged>.Invalid Invalid(string field, string message) => new(field, $"{field} {message}");
}
