namespace Overgang.Web.Components.Pages.Locations;

/// <summary>The posted fields of the inspection form: per criterion of the checklist (by position) a finding, or nothing.</summary>
internal sealed class InspectionForm
{
    public string? Date { get; set; }

    public string? Inspector { get; set; }

    public string? Notes { get; set; }

    /// <summary>The findings by position; <c>null</c> when the form posted none.</summary>
    public List<string?>? Results { get; set; }
}

/// <summary>The posted fields of the complaint form.</summary>
internal sealed class ComplaintForm
{
    public string? Received { get; set; }

    public string? Category { get; set; }

    public string? Language { get; set; }

    public string? Text { get; set; }
}
