namespace Overgang.Web.Components.Pages.SelfService;

/// <summary>A change the person reports, as posted by <c>/me/change</c>.</summary>
internal sealed class ChangeForm
{
    public string? Kind { get; set; }

    public string? Text { get; set; }
}
