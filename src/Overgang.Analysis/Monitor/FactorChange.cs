namespace Overgang.Analysis.Monitor;

/// <summary>A factor's aggregate in two periods, and the change.</summary>
/// <param name="Domain">The domain id.</param>
/// <param name="Factor">The factor id, or empty for the domain's own aggregate.</param>
/// <param name="Title">The factor's or domain's title.</param>
/// <param name="Earlier">The mean in the earlier period, or <c>null</c> when not scored there.</param>
/// <param name="Later">The mean in the later period, or <c>null</c> when not scored there.</param>
/// <param name="InEarlier">False when the earlier period's structure has no such factor or domain.</param>
/// <param name="InLater">False when the later period's structure has no such factor or domain.</param>
public sealed record FactorChange(string Domain, string Factor, string Title, double? Earlier, double? Later, bool InEarlier = true, bool InLater = true)
{
    /// <summary>Later minus earlier, or <c>null</c> when either is missing.</summary>
    public double? Change => Earlier is { } e && Later is { } l ? l - e : null;
}
