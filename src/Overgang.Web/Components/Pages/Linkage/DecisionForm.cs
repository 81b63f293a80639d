namespace Overgang.Web.Components.Pages.Linkage;

/// <summary>The confirmed decision on a candidate pair, as posted by the confirmation page.</summary>
internal sealed class DecisionForm
{
    public long Version { get; set; }

    public string? Decision { get; set; }

    public string? Reason { get; set; }

    public bool Confirmed { get; set; }
}
