using System.Collections.Immutable;

namespace Overgang.Registry.Model;

/// <summary>The codes of a <see cref="LocationComplaint"/>'s fields.</summary>
public static class ComplaintCodes
{
    /// <summary>What a complaint is about.</summary>
    public static ImmutableArray<string> Categories { get; } = ["housing", "facilities", "safety", "treatment", "care", "other"];

    /// <summary>The languages a complaint may be made in (Ukrainian first: 004:567-570).</summary>
    public static ImmutableArray<string> Languages { get; } = ["uk", "nl", "en", "ru"];

    /// <summary>The handling steps, in order.</summary>
    public static ImmutableArray<string> Statuses { get; } = ["received", "acknowledged", "decided"];

    /// <summary>The outcomes of a decided complaint.</summary>
    public static ImmutableArray<string> Outcomes { get; } = ["upheld", "partly-upheld", "not-upheld", "withdrawn"];

    /// <summary>
    /// What is wrong with a complaint's handling dates for its status, as (field, message), or <c>null</c>: acknowledged
    /// needs its day, decided needs both days and an outcome, no step before the one before it, and no outcome before decided.
    /// </summary>
    public static (string Field, string Message)? HandlingProblem(string status, NodaTime.LocalDate received, NodaTime.LocalDate? acknowledged, NodaTime.LocalDate? decided, string? outcome)
    {
        var step = Statuses.IndexOf(status);
        if (step >= 1 && acknowledged is null)
        {
            return ("acknowledged", $"required when the status is {status}");
        }

        if (step >= 2 && decided is null)
        {
            return ("decided", "required when the status is decided");
        }

        if (step >= 2 && outcome is null)
        {
            return ("outcome", "required when the status is decided");
        }

        if (step < 1 && acknowledged is not null)
        {
            return ("acknowledged", "only with the status acknowledged or decided");
        }

        if (step < 2 && (decided is not null || outcome is not null))
        {
            return (decided is not null ? "decided" : "outcome", "only with the status decided");
        }

        if (acknowledged < received)
        {
            return ("acknowledged", "before the day it was received");
        }

        if (decided < acknowledged)
        {
            return ("decided", "before the day it was acknowledged");
        }

        return null;
    }
}
