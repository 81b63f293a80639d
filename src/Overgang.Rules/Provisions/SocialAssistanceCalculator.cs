using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Provisions;

/// <summary>
/// Estimates a household's monthly social assistance under the Participatiewet (art. 20-22a), at household level
/// (003:48): each member of 21 or older gets the cost-sharer share <c>(40 + 30·A)/A %</c> of the couple norm (pension-age
/// members of the pension-age couple norm), A being the assessed adults and the housemates of the cost-sharer age (27 from 2023) sharing the dwelling; a partnered member
/// counts at least two (a couple alone gets the couple norm); a single person of pension age alone gets the pension-age
/// single norm; members of 18 to 20 get the youth norms, which the cost-sharer rule does not touch; children have no
/// norm. The household's income is deducted. Norms include the 5% holiday allowance. Readings: docs/adr/0008.
/// </summary>
internal static class SocialAssistanceCalculator
{
    public static bool TryEstimate(Household household, int costSharers, AllowanceSchedule schedule, SortedSet<string> provisional, [NotNullWhen(true)] out SocialAssistanceEstimate? estimate, [NotNullWhen(false)] out MissingParameter? missing)
    {
        estimate = null;
        var s = schedule.Provisions;
        var date = schedule.Date;
        if (!ProvisionRules.Need(s.AdultAge, out missing) || !ProvisionRules.Need(s.PensionAgeMonths, out missing)
            || !ProvisionRules.Need(s.BasePercent, out missing) || !ProvisionRules.Need(s.PerSharerPercent, out missing)
            || !ProvisionRules.Need(s.CostSharerReading, out missing) || !ProvisionRules.Need(s.CostSharerAge, out missing))
        {
            return false;
        }

        string Used(ResolvedParameter parameter)
        {
            if (parameter.Value!.IsProvisional)
            {
                provisional.Add(parameter.Id);
            }

            return parameter.Cite + (parameter.Value.IsProvisional ? " (provisional)" : "");
        }

        var adultAge = (int)s.AdultAge.Number;
        var pensionMonths = (int)s.PensionAgeMonths.Number;
        var why = new List<ExplanationItem>();
        why.Add(new(ProvisionRuleIds.CostSharers, $"{Used(s.CostSharerReading)}; {Used(s.CostSharerAge)}", CostSharerText(costSharers, adultAge, (int)s.CostSharerAge.Number, s.CostSharerReading.Regime), null));

        var byId = household.Members.ToDictionary(m => m.Person.Id, StringComparer.Ordinal);
        var hasChildren = household.Members.Any(m => !m.IsAdult);
        var norm = Money.Zero;
        var youthCoupleDone = false;
        var shareOf = new Dictionary<string, (string Parameter, Money Share)>(StringComparer.Ordinal);
        foreach (var member in household.Members)
        {
            if (!member.IsAdult)
            {
                continue;
            }

            var person = member.Person;
            var years = Period.Between(person.BirthDate, date, PeriodUnits.Years).Years;
            var months = Period.Between(person.BirthDate, date, PeriodUnits.Months).Months;
            var partner = person.PartnerId is { } p && byId.TryGetValue(p, out var found) ? found : null;
            ResolvedParameter parameter;
            Money share;
            string text;
            if (years < adultAge)
            {
                var partnerYears = partner is null ? -1 : Period.Between(partner.Person.BirthDate, date, PeriodUnits.Years).Years;
                if (partner is not null && partnerYears < adultAge)
                {
                    if (youthCoupleDone)
                    {
                        continue;
                    }

                    youthCoupleDone = true;
                    parameter = s.YouthCouple;
                    text = $"{person.Id} and {partner.Person.Id}: a couple both younger than {adultAge}: youth couple norm";
                }
                else if (partner is null && hasChildren)
                {
                    parameter = s.YouthSingleParent;
                    text = $"{person.Id}: {years}, a single parent younger than {adultAge}: youth single-parent norm";
                }
                else
                {
                    parameter = s.YouthSingle;
                    text = $"{person.Id}: {years}, younger than {adultAge}: youth norm (the cost-sharer rule does not apply)";
                }

                if (!ProvisionRules.Need(parameter, out missing))
                {
                    return false;
                }

                share = parameter.Amount;
            }
            else
            {
                var pension = months >= pensionMonths;
                var sharers = Math.Max(costSharers, partner is null ? 1 : 2);
                if (pension && sharers == 1)
                {
                    parameter = s.PensionSingle;
                    if (!ProvisionRules.Need(parameter, out missing))
                    {
                        return false;
                    }

                    share = parameter.Amount;
                    text = $"{person.Id}: pension age, living alone: single pension-age norm";
                }
                else
                {
                    parameter = pension ? s.PensionMarried : s.Married;
                    if (!ProvisionRules.Need(parameter, out missing))
                    {
                        return false;
                    }

                    var percent = (s.BasePercent.Number + (s.PerSharerPercent.Number * sharers)) / sharers;
                    share = parameter.Amount.Percent(percent);
                    var rest = "";
                    if (partner is not null && shareOf.TryGetValue(partner.Person.Id, out var partnerShare) && partnerShare.Parameter == parameter.Id)
                    {
                        // The couple's norm is rounded once (a couple alone gets exactly the couple norm): the second
                        // partner's share is the couple's share less the first partner's.
                        share = parameter.Amount.Percent(percent * 2) - partnerShare.Share;
                        rest = $"; together {parameter.Amount.Percent(percent * 2)}, rounded once for the couple";
                    }

                    shareOf[person.Id] = (parameter.Id, share);
                    text = $"{person.Id}: {(pension ? "pension age" : $"{adultAge} to pension age")}, {Sharers(sharers, partner is not null)}: ({s.BasePercent.Number.ToString(CultureInfo.InvariantCulture)} + {s.PerSharerPercent.Number.ToString(CultureInfo.InvariantCulture)} × {sharers}) / {sharers} = {Math.Round(percent, 2).ToString(CultureInfo.InvariantCulture)}% of the {(pension ? "pension-age " : "")}couple norm {parameter.Amount}{rest}";
                }
            }

            norm += share;
            why.Add(new(ProvisionRuleIds.Norm, Used(parameter), text, share));
        }

        var income = Money.Zero;
        foreach (var member in household.Members)
        {
            if (member.IsAdult)
            {
                income += member.Person.MonthlyIncome;
            }
        }

        why.Add(new(ProvisionRuleIds.Income, "Participatiewet art. 31-32 (middelen)", $"own income of the adults deducted: {income}", income));
        var amount = Money.Max(Money.Zero, norm - income);
        why.Add(new(ProvisionRuleIds.Amount, "Participatiewet art. 19 en 20 (norm minus middelen)", $"estimated social assistance: max(0, norm {norm} − income {income}); the norm includes the 5% holiday allowance, which the municipality reserves and pays once a year", amount));
        estimate = new SocialAssistanceEstimate(norm, costSharers, income, amount, [.. why]);
        missing = null;
        return true;
    }

    private static string Sharers(int sharers, bool partnered) => sharers == 1
        ? "living alone (no cost-sharer)"
        : partnered && sharers == 2 ? "a couple sharing the dwelling with nobody else of 21 or older" : $"{sharers} persons of 21 or older share the dwelling";

    private static string CostSharerText(int costSharers, int adultAge, int costSharerAge, string reading) => reading == ProvisionSchedule.ReadingRegisteredHousehold
        ? $"{costSharers} person(s) share the dwelling (cost-sharers): the assessed adults of {adultAge} or older and the other persons of {costSharerAge} or older who stay in the registered household (the registered household's unit, not the whole location); housemates younger than {costSharerAge} do not count"
        : $"{costSharers} person(s) of {adultAge} or older of the assessed household share the dwelling (cost-sharers)";
}
