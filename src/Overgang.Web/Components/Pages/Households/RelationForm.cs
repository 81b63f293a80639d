namespace Overgang.Web.Components.Pages.Households;

/// <summary>The relation form: the version read, add or end, the kind of relation and the other member, as chosen.</summary>
internal sealed class RelationForm
{
    public long Version { get; set; }

    public string? Action { get; set; }

    public string? Relation { get; set; }

    public string? RelatedId { get; set; }
}
