namespace Overgang.Web.Components.Pages.ReturnProgramme;

/// <summary>The enrolment form: the version read, the day of enrolment, the commitment, the departure date (empty: to be agreed) and the package.</summary>
internal sealed class EnrolmentForm
{
    public long Version { get; set; }

    public string? EnrolledOn { get; set; }

    public bool CommitmentSigned { get; set; }

    public string? DepartureDate { get; set; }

    public bool TravelTicket { get; set; }

    public bool CashContribution { get; set; }

    public bool InKindReintegration { get; set; }

    public bool Documentation { get; set; }
}

/// <summary>A visit or a course: the version read, the kind (courses), first and last day.</summary>
internal sealed class PeriodForm
{
    public long Version { get; set; }

    public string? Kind { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }
}

/// <summary>A withdrawal or a departure: the version read, the day, and who (withdrawals).</summary>
internal sealed class DayForm
{
    public long Version { get; set; }

    public string? On { get; set; }

    public string? By { get; set; }
}
