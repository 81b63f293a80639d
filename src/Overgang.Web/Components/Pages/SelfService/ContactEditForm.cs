namespace Overgang.Web.Components.Pages.SelfService;

/// <summary>A municipality's contact details as posted by <c>/admin/contacts</c>.</summary>
internal sealed class ContactEditForm
{
    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public string? Hours { get; set; }

    public string? Source { get; set; }
}
