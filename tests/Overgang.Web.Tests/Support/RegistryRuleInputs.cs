using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Rules;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;

namespace Overgang.Web.Tests.Support;

/// <summary>
/// The rule inputs of a registered household's month, read from the registry rows here, independently of the
/// application's conversion (<c>AllowanceFacts</c>): the members in the municipal scheme on the first day of the month
/// and not away longer than the 28-day rule allows, their relations among themselves, the month's income, the
/// reception, and each member's path after protection (the latest stored decision dated on or before the first day,
/// else the latest), the agreed departure date and the first day of protection in the Netherlands. Also writes them as
/// a <c>calc</c> document (docs/contracts/cli-json.md).
/// </summary>
public static class RegistryRuleInputs
{
    /// <summary>The persons the rule is asked about for a household's month, ordered by id; empty when nobody is present in the scheme.</summary>
    public static ImmutableArray<PersonFacts> Of(RegistryDatabase database, string household, YearMonth month, ParameterTree parameters)
    {
        ArgumentNullException.ThrowIfNull(database);
        Assert.True(AbsenceRule.TryFor(parameters, month, out var absence, out var missing), missing?.Message);
        using var context = database.Open();
        var day = month.OnDayOfMonth(1);
        var last = month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month));
        var members = context.Persons.AsNoTracking().Where(p => p.HouseholdId == household).ToList().OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var ids = members.Select(m => m.Id).ToList();
        var reception = context.Placements.AsNoTracking().Where(x => ids.Contains(x.PersonId) && x.From <= day && (x.To == null || x.To >= day)).ToList()
            .GroupBy(x => x.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(x => x.From)!.Reception);
        var away = context.Absences.AsNoTracking().Where(x => ids.Contains(x.PersonId) && x.From <= last && x.To >= day).ToList()
            .Where(x => absence.IsOverMaximum(x.From, x.To)).Select(x => x.PersonId).ToHashSet(StringComparer.Ordinal);
        var present = members.Where(m => reception.TryGetValue(m.Id, out var r) && ReceptionNames.ByName.ContainsKey(r) && !away.Contains(m.Id)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var relations = Registry.Facts.RelationRows.Of(
            context.Parents.AsNoTracking().Where(x => ids.Contains(x.PersonId)).ToList(),
            context.EndedPartnerships.AsNoTracking().Where(x => ids.Contains(x.PersonId)).ToList());
        var relationDay = RelationsOnDay.ReferenceDay(month);
        var incomes = context.Incomes.AsNoTracking().Where(x => ids.Contains(x.PersonId)).AsEnumerable().Where(x => x.Months.In(day) is not null).ToDictionary(x => x.PersonId, x => x.Months.In(day)!.Value);
        var decisions = context.Decisions.AsNoTracking().Where(x => ids.Contains(x.PersonId)).ToList();
        var departures = context.ReturnCommitments.AsNoTracking().Where(x => ids.Contains(x.PersonId)).ToDictionary(x => x.PersonId, x => x.DepartureDate);
        var since = context.Protections.AsNoTracking().Where(x => ids.Contains(x.PersonId) && x.MemberState == "NL").ToList().GroupBy(x => x.PersonId).ToDictionary(g => g.Key, g => g.Min(x => x.Since));
        var stays = context.TransitionalStays.AsNoTracking().Where(x => ids.Contains(x.PersonId) && !x.Withdrawn).ToList().GroupBy(x => x.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.DecidedOn).ThenBy(x => x.Id).Last().Until);
        return [.. members.Where(m => present.Contains(m.Id)).Select(m =>
        {
            var own = decisions.Where(d => d.PersonId == m.Id).ToList();
            var latest = (own.Any(d => d.Date <= day) ? own.Where(d => d.Date <= day) : own).MaxBy(d => (d.Date, d.RunId));
            return new PersonFacts(
                m.Id,
                m.BirthDate,
                relations.PartnerOn(m, relationDay) is { } partner && present.Contains(partner) ? partner : null,
                [.. relations.ParentsOn(m.Id, relationDay).Where(present.Contains)],
                new Money(incomes.GetValueOrDefault(m.Id)),
                ReceptionNames.ByName[reception[m.Id]])
            {
                Path = latest is null ? null : new PathFacts(TransitionNames.Paths[latest.Path], departures.TryGetValue(m.Id, out var d) ? d : null, since.TryGetValue(m.Id, out var s) ? s : null,
                    TransitionalStayUntil: stays.TryGetValue(m.Id, out var stay) ? stay : null),
            };
        })];
    }

    /// <summary>
    /// The <c>calc</c> document of the persons on <paramref name="date"/>; the path, departure date and
    /// <c>protection.since</c> are written only when <paramref name="afterProtection"/> (the contract needs them only then).
    /// </summary>
    public static string CalcDocument(LocalDate date, IEnumerable<PersonFacts> persons, bool afterProtection)
    {
        ArgumentNullException.ThrowIfNull(persons);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("date", Iso(date));
            json.WriteStartArray("persons");
            foreach (var person in persons)
            {
                json.WriteStartObject();
                json.WriteString("id", person.Id);
                json.WriteString("birthDate", Iso(person.BirthDate));
                if (person.PartnerId is { } partner)
                {
                    json.WriteString("partnerId", partner);
                }

                if (!person.ParentIds.IsDefaultOrEmpty)
                {
                    json.WriteStartArray("parentIds");
                    foreach (var parent in person.ParentIds)
                    {
                        json.WriteStringValue(parent);
                    }

                    json.WriteEndArray();
                }

                json.WriteNumber("monthlyIncome", person.MonthlyIncome.Euros);
                json.WriteString("reception", ReceptionNames.ByName.Single(r => r.Value == person.Reception).Key);
                if (afterProtection && person.Path is { } path)
                {
                    json.WriteString("path", TransitionNames.Of(path.Path));
                    if (path.DepartureDate is { } departure)
                    {
                        json.WriteString("departureDate", Iso(departure));
                    }

                    if (path.TransitionalStayUntil is { } stayUntil)
                    {
                        json.WriteString("transitionalStayUntil", Iso(stayUntil));
                    }

                    if (path.ProtectionSince is { } first)
                    {
                        json.WriteStartObject("protection");
                        json.WriteString("since", Iso(first));
                        json.WriteEndObject();
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);
}
