using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A displaced person as registered (BRP extract plus the outcomes of checks), with a concurrency version.</summary>
public sealed class Person
{
    /// <summary>Natural key (the BRP administration number in production; <c>P0000001</c> in the demo).</summary>
    public required string Id { get; set; }

    /// <summary>Incremented on every change; a stale version on update is a conflict, never a lost update.</summary>
    public long Version { get; set; }

    /// <summary>Family name in Latin script.</summary>
    public required string FamilyName
    {
        get;
        set
        {
            field = value;
            FamilyNameKey = NameSearchKey.Of(value);
        }
    }

    /// <summary>Given names in Latin script.</summary>
    public required string GivenName
    {
        get;
        set
        {
            field = value;
            GivenNameKey = NameSearchKey.OfFirstGiven(value);
        }
    }

    /// <summary>The search key of the family name (<see cref="NameSearchKey.Of"/>), kept with the name.</summary>
    public string FamilyNameKey { get; private set; } = "";

    /// <summary>The search key of the first given name (<see cref="NameSearchKey.OfFirstGiven"/>), kept with the name.</summary>
    public string GivenNameKey { get; private set; } = "";

    /// <summary>The citizen service number (BSN), where the person is registered in the BRP; see <see cref="PersonNumbers"/>.</summary>
    public string? Bsn { get; set; }

    /// <summary>The IND's alien number (V-number), where known; see <see cref="PersonNumbers"/>.</summary>
    public string? VNumber { get; set; }

    /// <summary>Family name in Cyrillic script, where known.</summary>
    public string? FamilyNameCyrillic { get; set; }

    /// <summary>Given names in Cyrillic script, where known.</summary>
    public string? GivenNameCyrillic { get; set; }

    /// <summary>Date of birth.</summary>
    public LocalDate BirthDate { get; set; }

    /// <summary><c>F</c>, <c>M</c> or <c>X</c>.</summary>
    public required string Sex { get; set; }

    /// <summary>ISO 3166 alpha-2 nationality, such as <c>UA</c>.</summary>
    public required string Nationality { get; set; }

    /// <summary><c>citizen</c>, <c>permanent</c> or <c>temporary</c> (Ukrainian residence of a third-country national).</summary>
    public required string UkrainianResidence { get; set; }

    /// <summary>The municipality of registration.</summary>
    public required string MunicipalityCode { get; set; }

    /// <summary>The household as registered by the municipality.</summary>
    public required string HouseholdId { get; set; }

    /// <summary>The current spouse or partner, or <c>null</c>; an ended partnership is an <see cref="EndedPartnership"/>.</summary>
    public string? PartnerId { get; set; }

    /// <summary>
    /// The first day of the partnership with <see cref="PartnerId"/>, or <c>null</c> when unknown (recorded before relations
    /// were dated): in force on every earlier day.
    /// </summary>
    public LocalDate? PartnerSince { get; set; }

    /// <summary>Undergoing medical treatment (a review flag).</summary>
    public bool MedicalTreatment { get; set; }

    /// <summary>The linked asylum application: <c>pending</c>, <c>withdrawn</c> or <c>none</c>.</summary>
    public required string AsylumApplication { get; set; }

    /// <summary>When the asylum application was withdrawn, where known (matters for third-country nationals with temporary Ukrainian residence).</summary>
    public LocalDate? AsylumWithdrawnOn { get; set; }

    /// <summary>An objection against the early end of protection was pending on its last day (third-country nationals).</summary>
    public bool ObjectionPending { get; set; }

    /// <summary>Outcome of the public-order check: <c>passed</c>, <c>failed</c> or <c>pending</c>.</summary>
    public required string PublicOrderCheck { get; set; }
}
