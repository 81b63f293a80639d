namespace Overgang.Web.Components.Pages.Households;

/// <summary>The move form: the version read, the new place and the first day there, as typed.</summary>
internal sealed class PlacementForm
{
    public long Version { get; set; }

    public string? Reception { get; set; }

    public string? LocationId { get; set; }

    public string? Address { get; set; }

    public string? From { get; set; }

    public bool WholeHousehold { get; set; }
}
