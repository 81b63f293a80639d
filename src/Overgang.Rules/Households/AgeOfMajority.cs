using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Households;

/// <summary>The age of majority as the parameters give it, for callers outside the rules.</summary>
public static class AgeOfMajority
{
    /// <summary>The age of majority in years in force on <paramref name="date"/>; refuses when it is unknown then.</summary>
    public static bool TryYears(ParameterTree parameters, LocalDate date, out int years, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.TryRead(TransitionSchedule.MajorityId, date, out var value, out missing))
        {
            years = (int)value.Number;
            return true;
        }

        years = 0;
        return false;
    }
}
