using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Texts;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Countries;

/// <summary>
/// Checks a person's facts against the conditions of the national options of the member states where the person has
/// (or had) protection (<see cref="CountryPackages.For(TransitionFacts, LocalDate, ParameterTree)"/>): per option
/// eligible, not eligible naming the unmet condition, or unknown naming the missing fact or the parameter the sources do
/// not give. Nothing is guessed: an option whose conditions the sources give only in part is at best unknown.
/// </summary>
public static class OptionChecker
{
    /// <summary>The check of every national option of the person's member states on <paramref name="date"/>, in the order of <see cref="CountryPackages.For(TransitionFacts, LocalDate, ParameterTree)"/>.</summary>
    public static ImmutableArray<NationalOptionCheck> Check(CountryPackages packages, TransitionFacts facts, LocalDate date, ParameterTree tree)
    {
        ArgumentNullException.ThrowIfNull(packages);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(tree);
        var registrations = new[] { facts.Protection }.Concat(facts.OtherProtection).ToImmutableArray();
        var states = registrations.Select(r => r.MemberState).Distinct(StringComparer.Ordinal).ToList();
        var options = packages.For(states, date, tree);
        var checks = ImmutableArray.CreateBuilder<NationalOptionCheck>(options.Length);
        foreach (var option in options)
        {
            checks.Add(CheckOne(packages, option, registrations, date, tree));
        }

        return checks.MoveToImmutable();
    }

    private static NationalOptionCheck CheckOne(CountryPackages packages, NationalOption option, ImmutableArray<Registration> registrations, LocalDate date, ParameterTree tree)
    {
        var state = option.MemberState;
        var items = ImmutableArray.CreateBuilder<ExplanationItem>();
        ExplanationItem Item(string template, string reference, params ReadOnlySpan<TextArgument> arguments) =>
            ExplanationItem.Worded(CountryRuleIds.OptionCheck, reference, TextPhrase.Of(template, [OptionName(option), State(state), .. arguments]), null);

        if (!packages.TryGet(state, out var package) || option.OptionId is null)
        {
            items.Add(Item("country.option.no-package", ""));
            return new NationalOptionCheck(state, null, OptionOutcome.Unknown, items.ToImmutable());
        }

        var definition = package.Options.Single(o => o.Id == option.OptionId);
        if (definition.DecidedByTransitionRules)
        {
            items.Add(Item("country.option.decided-by-transition", option.Reference));
            return new NationalOptionCheck(state, option.OptionId, OptionOutcome.DecidedByTransitionRules, items.ToImmutable());
        }

        var unmet = false;
        var unknown = false;
        if (definition.Status is null)
        {
            unknown = true;
            items.Add(Item("country.option.status-unknown", option.Reference, Arg.Technical("missing", string.Join("; ", option.Missing))));
        }

        if (option.AvailableFrom is { } from && from > date)
        {
            unmet = true;
            items.Add(Item("country.option.not-yet-available", option.Reference, Arg.Date("from", from)));
        }

        var here = registrations.Where(r => r.MemberState == state).OrderBy(r => r.Since).ToList();
        foreach (var condition in definition.Conditions)
        {
            var reference = packages.Cite(condition.SourceId, tree);
            switch (condition.Check)
            {
                case ConditionCheck.Always:
                    break;
                case ConditionCheck.Fact:
                    unknown = true;
                    items.Add(Item("country.option.fact-unknown", reference, Arg.Term("fact", "fact." + condition.Fact)));
                    break;
                case ConditionCheck.ProtectionYears:
                    var value = packages.Value(condition.ParameterId!, date, tree);
                    if (value is null || value.IsUnknown)
                    {
                        unknown = true;
                        items.Add(Item("country.option.parameter-unknown", reference, Arg.Technical("parameter", condition.ParameterId!)));
                        break;
                    }

                    var years = (int)value.Number;
                    var lasting = here.LastOrDefault(r => r.Since <= date && r.ActiveOn(date));
                    if (here.Count == 0)
                    {
                        unmet = true;
                        items.Add(Item("country.option.no-protection-there", reference, Arg.Number("years", years)));
                    }
                    else if (lasting is null)
                    {
                        unmet = true;
                        var last = here[^1];
                        items.Add(last.Until is { } until
                            ? Item("country.option.protection-ended", reference, Arg.Number("years", years), Arg.Date("until", until))
                            : Item("country.option.protection-not-begun", reference, Arg.Number("years", years), Arg.Date("since", last.Since)));
                    }
                    else if (lasting.Since.PlusYears(years) > date)
                    {
                        unmet = true;
                        items.Add(Item("country.option.protection-too-short", reference, Arg.Number("years", years), Arg.Date("since", lasting.Since), Arg.Date("date", date)));
                    }
                    else
                    {
                        items.Add(Item("country.option.protection-met", reference, Arg.Number("years", years), Arg.Date("since", lasting.Since)));
                    }

                    break;
                default:
                    break;
            }
        }

        foreach (var missing in option.Missing.Where(_ => definition.Status is not null))
        {
            // A value the sources do not give (a duration): it does not decide eligibility, but it is named.
            items.Add(Item("country.option.value-unknown", option.Reference, Arg.Technical("missing", missing)));
        }

        OptionOutcome outcome;
        if (unmet)
        {
            outcome = OptionOutcome.NotEligible;
        }
        else if (unknown || !definition.ConditionsComplete)
        {
            outcome = OptionOutcome.Unknown;
            if (!unknown)
            {
                items.Add(Item(definition.Conditions.IsEmpty ? "country.option.conditions-not-given" : "country.option.conditions-partial", option.Reference));
            }
        }
        else
        {
            outcome = OptionOutcome.Eligible;
        }

        items.Insert(0, Item("country.option.outcome." + Kebab(outcome), option.Reference));
        return new NationalOptionCheck(state, option.OptionId, outcome, items.ToImmutable());
    }

    /// <summary>The option by its name in the texts (<c>option.&lt;id&gt;</c>); a package without one shows its status as the package words it.</summary>
    private static TextArgument OptionName(NationalOption option)
    {
        var term = option.OptionId is null ? "option.none" : "option." + option.OptionId;
        return TextCatalogue.Default.TryGet("terms", term, out _) ? Arg.Term("option", term) : Arg.Text("option", option.Status ?? option.OptionId ?? "");
    }

    /// <summary>The member state by its name where the texts have one, else by its code.</summary>
    private static TextArgument State(string state) =>
        TextCatalogue.Default.TryGet("terms", "state." + state, out _) ? Arg.Term("state", "state." + state) : Arg.Text("state", state);

    private static string Kebab(OptionOutcome outcome) => outcome switch
    {
        OptionOutcome.Eligible => "eligible",
        OptionOutcome.NotEligible => "not-eligible",
        OptionOutcome.Unknown => "unknown",
        _ => "decided-by-transition",
    };
}
