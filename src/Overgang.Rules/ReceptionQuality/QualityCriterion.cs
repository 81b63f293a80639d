using NodaTime;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>One criterion of the quality checklist, as the checklist file states it.</summary>
/// <param name="Id">Stable id, such as <c>rooo.education</c>.</param>
/// <param name="Framework">RooO (mandatory) or AEF (additional).</param>
/// <param name="Mandatory">Whether the location must meet it.</param>
/// <param name="Dutch">The criterion in Dutch.</param>
/// <param name="Ukrainian">The criterion in Ukrainian.</param>
/// <param name="English">The criterion in English.</param>
/// <param name="SourceId">The source in the checklist's catalogue.</param>
/// <param name="Lines">The lines of the source, such as <c>004:417-426</c>.</param>
/// <param name="From">First day it applies.</param>
/// <param name="Until">Last day it applies, or <c>null</c> until further notice.</param>
public sealed record QualityCriterion(string Id, QualityFramework Framework, bool Mandatory, string Dutch, string Ukrainian, string English, string SourceId, string Lines, LocalDate From, LocalDate? Until)
{
    /// <summary>Whether the criterion applies on a day.</summary>
    public bool AppliesOn(LocalDate day) => From <= day && (Until is null || day <= Until);
}
