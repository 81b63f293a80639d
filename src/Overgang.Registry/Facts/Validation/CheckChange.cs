using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Registry.Facts.Validation;

/// <summary>
/// The validation of the person-level checks that a case worker also changes by hand: the return commitment and another
/// residence permit. One rule for the <c>return-commitment</c> and <c>other-permit</c> rows of <c>checks.csv</c>, the
/// API and the edit page. The value and the date arrive parsed (a date that could not be read is the reader's problem,
/// reported by it; <c>dateGiven</c> says a date was typed at all).
/// </summary>
public static class CheckChange
{
    /// <summary>The grounds of another residence permit.</summary>
    public static ImmutableArray<string> PermitKinds { get; } = ["work", "study", "family", "research"];

    /// <summary>The states of a return commitment.</summary>
    public static ImmutableArray<string> Commitments { get; } = ["signed", "unsigned"];

    /// <summary>Another permit: its ground (one of <see cref="PermitKinds"/>) and its last day of validity, both required.</summary>
    /// <param name="kind">The ground, as typed.</param>
    /// <param name="validUntil">The last day of validity, when read.</param>
    /// <param name="dateGiven">Whether a date was given (read or not).</param>
    /// <param name="kindField">The name of the ground's field (<c>value</c> in the file).</param>
    /// <param name="dateField">The name of the date's field (<c>date</c> in the file).</param>
    public static ImmutableArray<FactError> OtherPermit(string? kind, LocalDate? validUntil, bool dateGiven, string kindField, string dateField)
    {
        var errors = ImmutableArray.CreateBuilder<FactError>();
        if (string.IsNullOrEmpty(kind))
        {
            errors.Add(FactRules.Required(kindField));
        }
        else if (FactRules.OneOf(kindField, kind, PermitKinds) is { } wrong)
        {
            errors.Add(wrong);
        }

        if (validUntil is null && !dateGiven)
        {
            errors.Add(FactRules.Required(dateField));
        }

        return errors.ToImmutable();
    }

    /// <summary>A return commitment: signed or unsigned (required); the agreed departure date is optional (to be agreed).</summary>
    /// <param name="commitment">The state, as typed.</param>
    /// <param name="field">The name of the state's field (<c>value</c> in the file).</param>
    public static ImmutableArray<FactError> ReturnCommitment(string? commitment, string field)
    {
        if (string.IsNullOrEmpty(commitment))
        {
            return [FactRules.Required(field)];
        }

        return FactRules.OneOf(field, commitment, Commitments) is { } wrong ? [wrong] : [];
    }
}
