namespace Overgang.Registry.Model;

/// <summary>What an inspection found for one criterion of the quality checklist.</summary>
public sealed class InspectionFinding
{
    /// <summary>The location inspected.</summary>
    public required string LocationId { get; set; }

    /// <summary>The inspection day (with the location, the inspection's natural key).</summary>
    public NodaTime.LocalDate InspectedOn { get; set; }

    /// <summary>The criterion of the checklist (Overgang.Rules.ReceptionQuality.QualityChecklist).</summary>
    public required string CriterionId { get; set; }

    /// <summary><c>met</c>, <c>not-met</c> or <c>not-assessed</c>.</summary>
    public required string Result { get; set; }
}
