using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Registry.Facts.Validation;

/// <summary>
/// The validation of an absence (a period away from the reception location), shared by <c>absences.csv</c>, the API and
/// the edit page: the first and the last day required, the last not before the first. What the absence means (the
/// 28-day rule) is the rules' (<c>Overgang.Rules</c>' absence rule), not this.
/// </summary>
public static class AbsenceChange
{
    /// <summary>Every problem of an absence, in field order (a date that could not be read is the reader's problem; <c>*Given</c> says one was typed).</summary>
    public static ImmutableArray<FactError> Check(LocalDate? from, bool fromGiven, LocalDate? to, bool toGiven)
    {
        var errors = ImmutableArray.CreateBuilder<FactError>();
        if (from is null && !fromGiven)
        {
            errors.Add(FactRules.Required("from"));
        }

        if (to is null && !toGiven)
        {
            errors.Add(FactRules.Required("to"));
        }

        if (FactRules.NotBefore("to", to, from, "from") is { } before)
        {
            errors.Add(before);
        }

        return errors.ToImmutable();
    }
}
