using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Texts;

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
        why.Add(ExplanationItem.Worded(ProvisionRuleIds.CostSharers, $"{Used(s.CostSharerReading)}; {Used(s.CostSharerAge)}", CostSharerText(costSharers, adultAge, (int)s.CostSharerAge.Number, s.CostSharerReading.Regime), null));

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
            TextPhrase text;
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
                    text = TextPhrase.Of("social-assistance.norm.youth-couple", Arg.Person("person", person.Id), Arg.Person("partner", partner.Person.Id), Arg.Number("adultAge", adultAge));
                }
                else if (partner is null && hasChildren)
                {
                    parameter = s.YouthSingleParent;
                    text = TextPhrase.Of("social-assistance.norm.youth-single-parent", Arg.Person("person", person.Id), Arg.Number("years", years), Arg.Number("adultAge", adultAge));
                }
                else
                {
                    parameter = s.YouthSingle;
                    text = TextPhrase.Of("social-assistance.norm.youth-single", Arg.Person("person", person.Id), Arg.Number("years", years), Arg.Number("adultAge", adultAge));
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
                    text = TextPhrase.Of("social-assistance.norm.pension-single", Arg.Person("person", person.Id));
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
                    var rest = new List<TextPhrase>(1);
                    if (partner is not null && shareOf.TryGetValue(partner.Person.Id, out var partnerShare) && partnerShare.Parameter == parameter.Id)
                    {
                        // The couple's norm is rounded once (a couple alone gets exactly the couple norm): the second
                        // partner's share is the couple's share less the first partner's.
                        share = parameter.Amount.Percent(percent * 2) - partnerShare.Share;
                        rest.Add(TextPhrase.Of("social-assistance.norm.rounded-once", Arg.Amount("together", parameter.Amount.Percent(percent * 2))));
                    }

                    shareOf[person.Id] = (parameter.Id, share);
                    text = TextPhrase.Of(
                        "social-assistance.norm.share",
                        Arg.Person("person", person.Id),
                        Arg.Phrase("age", pension ? TextPhrase.Of("social-assistance.age.pension") : TextPhrase.Of("social-assistance.age.adult", Arg.Number("adultAge", adultAge))),
                        Arg.Phrase("sharing", Sharers(sharers, partner is not null)),
                        Arg.Number("base", s.BasePercent.Number),
                        Arg.Number("per", s.PerSharerPercent.Number),
                        Arg.Number("count", sharers),
                        Arg.Number("percent", Math.Round(percent, 2)),
                        Arg.Term("norm", pension ? "norm.pension-couple" : "norm.couple"),
                        Arg.Amount("amount", parameter.Amount),
                        Arg.List("rest", "", rest));
                }
            }

            norm += share;
            why.Add(ExplanationItem.Worded(ProvisionRuleIds.Norm, Used(parameter), text, share));
        }

        var income = Money.Zero;
        foreach (var member in household.Members)
        {
            if (member.IsAdult)
            {
                income += member.Person.MonthlyIncome;
            }
        }

        why.Add(ExplanationItem.Worded(ProvisionRuleIds.Income, "Participatiewet art. 31-32 (middelen)", TextPhrase.Of("social-assistance.income.deducted", Arg.Amount("income", income)), income));
        var amount = Money.Max(Money.Zero, norm - income);
        why.Add(ExplanationItem.Worded(ProvisionRuleIds.Amount, "Participatiewet art. 19 en 20 (norm minus middelen)", TextPhrase.Of("social-assistance.amount.estimate", Arg.Amount("norm", norm), Arg.Amount("income", income)), amount));
        estimate = new SocialAssistanceEstimate(norm, costSharers, income, amount, [.. why]);
        missing = null;
        return true;
    }

    private static TextPhrase Sharers(int sharers, bool partnered) => sharers == 1
        ? TextPhrase.Of("social-assistance.sharing.alone")
        : partnered && sharers == 2 ? TextPhrase.Of("social-assistance.sharing.couple") : TextPhrase.Of("social-assistance.sharing.persons", Arg.Number("sharers", sharers));

    private static TextPhrase CostSharerText(int costSharers, int adultAge, int costSharerAge, string reading) => reading == ProvisionSchedule.ReadingRegisteredHousehold
        ? TextPhrase.Of("social-assistance.cost-sharers.registered", Arg.Number("sharers", costSharers), Arg.Number("adultAge", adultAge), Arg.Number("sharerAge", costSharerAge))
        : TextPhrase.Of("social-assistance.cost-sharers.household", Arg.Number("sharers", costSharers), Arg.Number("adultAge", adultAge));
}
