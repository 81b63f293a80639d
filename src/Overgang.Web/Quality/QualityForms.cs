using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.ReceptionQuality;

namespace Overgang.Web.Quality;

/// <summary>Turns the posted fields of the quality forms into the recorder's inputs (the pages stay markup).</summary>
internal static class QualityFormInput
{
    /// <summary>The criteria the inspection form offers, in checklist order: those that apply on the day.</summary>
    public static ImmutableArray<QualityCriterion> Criteria(LocalDate day) => QualityChecklist.Default.On(day);

    /// <summary>The inspection input from the form; a date that is not a date becomes no date (refused as required).</summary>
    public static InspectionInput Inspection(string? date, string? inspector, string? notes, IReadOnlyList<string?> results, LocalDate today)
    {
        var criteria = Criteria(today);
        var findings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(results.Count, criteria.Length); i++)
        {
            if (results[i] is { Length: > 0 } result)
            {
                findings[criteria[i].Id] = result;
            }
        }

        return new InspectionInput(Date(date), inspector, notes, findings);
    }

    /// <summary>The complaint input from the form.</summary>
    public static ComplaintInput Complaint(string? received, string? category, string? language, string? text) => new(Date(received), category, language, text);

    private static LocalDate? Date(string? text) => text is { Length: > 0 } && LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed ? parsed.Value : null;
}
