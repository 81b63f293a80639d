namespace Overgang.Web.Components.Pages.Stays;

/// <summary>A transitional stay as the IND officer enters it.</summary>
internal sealed class StayForm
{
    public string? Kind { get; set; }

    public string? From { get; set; }

    public string? Until { get; set; }

    public string? Reason { get; set; }
}
