namespace Overgang.Rules.ReceptionQuality;

/// <summary>Where a quality criterion comes from.</summary>
public enum QualityFramework
{
    /// <summary>The RooO's mandatory minimum criteria (004:408-410).</summary>
    Rooo,

    /// <summary>The AEF's additional, non-mandatory criteria from international and COA criteria (004:432-435).</summary>
    Aef,
}
