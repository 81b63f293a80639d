namespace Overgang.Web.Components.Pages.Households;

/// <summary>The edit-facts form: the version read, and the facts a case worker corrects.</summary>
internal sealed class FactsForm
{
    public long Version { get; set; }

    public string? IncomeMonth { get; set; }

    public string? IncomeAmount { get; set; }

    public string? AsylumApplication { get; set; }

    public string? PublicOrderCheck { get; set; }

    public bool MedicalTreatment { get; set; }
}
