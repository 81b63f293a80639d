using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Letters;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Web.Languages;

namespace Overgang.Web.SelfService;

/// <summary>One stored monthly payment of the person's household.</summary>
/// <param name="Month">The month of the allowance run.</param>
/// <param name="RunNumber">The month run's number.</param>
/// <param name="Members">Members counted.</param>
/// <param name="AllowanceCents">Allowance paid, in cents.</param>
/// <param name="ContributionCents">Own contribution due, in cents.</param>
/// <param name="Outcome"><c>calculated</c>, <c>ended-absence</c> or <c>not-calculable</c>.</param>
public sealed record OwnPayment(YearMonth Month, int RunNumber, int Members, long AllowanceCents, long ContributionCents, string Outcome);

/// <summary>A member of the person's own registered household.</summary>
/// <param name="Name">The name as stored (Cyrillic on the Ukrainian page where stored).</param>
/// <param name="Age">Age in whole years today.</param>
/// <param name="Role"><c>self</c>, <c>partner</c>, <c>child</c>, <c>parent</c> or <c>member</c>.</param>
public sealed record OwnMember(string Name, int Age, string Role);

/// <summary>What <c>/me</c> shows beyond the record: the decision in words, payments, the household and the contacts.</summary>
internal static class OwnPage
{
    /// <summary>The household's stored payments of every month run (the latest run per month), newest month first.</summary>
    public static async Task<ImmutableArray<OwnPayment>> PaymentsAsync(RegistryContext context, string householdId, CancellationToken cancellationToken)
    {
        var prefix = householdId + "#";
        var rows = await (from p in context.Payments.AsNoTracking()
                          join r in context.Runs.AsNoTracking() on p.RunId equals r.Id
                          where r.Kind == RunKinds.Allowance && r.Status == "finished" && p.HouseholdId.StartsWith(prefix)
                          select new { r.Id, r.Argument, r.Number, p.HouseholdId, p.Members, p.AllowanceCents, p.ContributionCents, p.Outcome })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows
            .GroupBy(p => p.Argument, StringComparer.Ordinal)
            .Select(month => month.OrderByDescending(p => p.Id).ThenBy(p => p.HouseholdId, StringComparer.Ordinal).First())
            .Select(p => new OwnPayment(NodaTime.Text.YearMonthPattern.Iso.Parse(p.Argument).GetValueOrThrow(), p.Number, p.Members, p.AllowanceCents, p.ContributionCents, p.Outcome))
            .OrderByDescending(p => p.Month)];
    }

    /// <summary>The members of the person's own registered household, the person first, then by age.</summary>
    public static async Task<ImmutableArray<OwnMember>> MembersAsync(RegistryContext context, Person person, LocalDate today, LetterLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var members = await context.Persons.AsNoTracking().Where(p => p.HouseholdId == person.HouseholdId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = members.Select(m => m.Id).ToList();
        var parents = await context.Parents.AsNoTracking().Where(p => ids.Contains(p.PersonId) && p.Until == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        string Role(Person m) =>
            m.Id == person.Id ? "self"
            : m.Id == person.PartnerId || m.PartnerId == person.Id ? "partner"
            : parents.Any(p => p.PersonId == m.Id && (p.ParentId == person.Id || p.ParentId == person.PartnerId)) ? "child"
            : parents.Any(p => p.PersonId == person.Id && p.ParentId == m.Id) ? "parent"
            : "member";
        return [.. members
            .OrderBy(m => m.Id == person.Id ? 0 : 1).ThenBy(m => m.BirthDate).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new OwnMember(OwnLetter.FullName(m, language), Period.Between(m.BirthDate, today, PeriodUnits.Years).Years, Role(m)))];
    }

    /// <summary>
    /// The contacts, with at most two marked "important for you": from the decision's path and the person's open tasks
    /// (the departure service only on the return path). The person's municipality comes from a stored edit, else its
    /// data file, else it is shown as not recorded.
    /// </summary>
    public static async Task<ImmutableArray<ContactCard>> ContactsAsync(RegistryContext context, OwnRecordResponse record, LetterLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var important = Important(record);
        var stored = await context.MunicipalityContacts.AsNoTracking().SingleOrDefaultAsync(c => c.MunicipalityCode == record.MunicipalityCode, cancellationToken).ConfigureAwait(false);
        var file = ContactDirectory.Municipalities.GetValueOrDefault(record.MunicipalityCode);
        var address = stored?.Address ?? file?.Address.For(language);
        var phone = stored?.Phone ?? file?.Phone.For(language);
        var website = stored?.Website ?? file?.Website.For(language);
        var hours = stored?.OpeningHours ?? file?.Hours.For(language);
        var municipality = new ContactCard(
            "municipality",
            language.T($"Gemeente {record.MunicipalityName}", $"Муніципалітет {record.MunicipalityName} (gemeente)", $"Municipality of {record.MunicipalityName}"),
            language.T("Voor uw leefgeld, de eigen bijdrage, uw plek in de opvang, een woning en bijstand (sociale dienst). Geef hier ook veranderingen door.",
                "Щодо грошей на проживання, власного внеску, місця в розміщенні, житла та соціальної допомоги (bijstand, соціальна служба). Сюди ж повідомляйте про зміни.",
                "For your living allowance, the own contribution, your place in reception, housing and social assistance (social services). Report changes here too."),
            address, phone, website, hours, important.Contains("municipality"), address is not null || phone is not null || website is not null || hours is not null);
        var cards = ImmutableArray.CreateBuilder<ContactCard>();
        cards.Add(municipality);
        foreach (var id in (string[])["ind", "coa", "dtenv", "juridisch-loket", "vluchtelingenwerk", "insurer"])
        {
            var o = ContactDirectory.Organisations[id];
            cards.Add(new ContactCard(id, o.Name.For(language), o.Purpose.For(language), o.Address.For(language), o.Phone.For(language), o.Website.For(language), o.Hours.For(language), important.Contains(id), true));
        }

        return [.. cards.OrderBy(c => c.Important ? 0 : 1)];
    }

    /// <summary>The national directory shown beside a municipality whose details are not recorded.</summary>
    public static OrganisationContact MunicipalityFallback => ContactDirectory.Organisations["municipality-fallback"];

    /// <summary>At most two contacts that matter now, the most pressing first.</summary>
    internal static ImmutableArray<string> Important(OwnRecordResponse record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var open = record.Tasks.Where(t => t.Status == "open").Select(t => t.Owner).ToHashSet(StringComparer.Ordinal);
        var order = new List<string>();
        var path = record.Decision?.Path;
        if (record.Decision?.Status == "pending" && open.Contains("ind"))
        {
            order.Add("ind");
        }

        switch (path)
        {
            case "return-programme":
                order.Add("dtenv");
                order.Add("municipality");
                break;
            case "asylum-procedure":
                order.Add("coa");
                order.Add("ind");
                break;
            case "not-entitled" or "protection-ended":
                order.Add("ind");
                order.Add("juridisch-loket");
                break;
            case "other-status":
                order.Add("ind");
                break;
            case "transition-document":
                if (open.Contains("municipality"))
                {
                    order.Add("municipality");
                }

                if (open.Contains("insurer") || open.Contains("person"))
                {
                    order.Add("insurer");
                }

                break;
        }

        if (open.Contains("municipality") || record.Reception is "municipal" or "municipal-catering")
        {
            order.Add("municipality");
        }

        return [.. order.Distinct(StringComparer.Ordinal).Take(2)];
    }
}
