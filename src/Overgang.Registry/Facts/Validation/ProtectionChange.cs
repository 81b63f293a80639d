using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Registry.Facts.Validation;

/// <summary>
/// The validation of a protection registration's dates: its first day and its end (<c>until</c>, the last day, optional:
/// empty while it lasts). One rule for the Dutch registration of <c>persons.csv</c> (<c>protectionSince</c>,
/// <c>protectionUntil</c>) and the registrations in other member states of <c>checks.csv</c> (<c>date</c>, <c>until</c>).
/// The dates arrive parsed (a date that could not be read is the reader's problem, reported by it).
/// </summary>
public static class ProtectionChange
{
    /// <summary>
    /// A registration's end: it needs a first day (an end without a start is refused naming the end's field) and is not
    /// before it.
    /// </summary>
    /// <param name="since">The first day, when given and read.</param>
    /// <param name="sinceGiven">Whether a first day was given (read or not).</param>
    /// <param name="until">The last day, when given and read.</param>
    /// <param name="sinceField">The first day's field (<c>protectionSince</c> or <c>date</c>).</param>
    /// <param name="untilField">The last day's field (<c>protectionUntil</c> or <c>until</c>).</param>
    public static ImmutableArray<FactError> Dates(LocalDate? since, bool sinceGiven, LocalDate? until, string sinceField, string untilField)
    {
        if (until is null)
        {
            return [];
        }

        if (since is null && !sinceGiven)
        {
            return [new FactError(untilField, "until-without-since", $"an end of protection needs its first day ({sinceField})")];
        }

        return FactRules.NotBefore(untilField, until, since, sinceField) is { } wrong ? [wrong] : [];
    }
}
