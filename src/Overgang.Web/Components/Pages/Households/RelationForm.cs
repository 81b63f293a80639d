namespace Overgang.Web.Components.Pages.Households;

/// <summary>The relation form: the version read, add or end, the kind of relation, the other member and the day, as chosen.</summary>
internal sealed class RelationForm
{
    public long Version { get; set; }

    public string? Action { get; set; }

    public string? Relation { get; set; }

    public string? RelatedId { get; set; }

    /// <summary>For add: the first day (ISO), empty when unknown.</summary>
    public string? From { get; set; }

    /// <summary>For end: the last day (ISO), empty for a correction.</summary>
    public string? To { get; set; }
}
