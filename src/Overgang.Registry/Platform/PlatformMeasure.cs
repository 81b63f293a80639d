namespace Overgang.Registry.Platform;

/// <summary>What a row of the platform report counts.</summary>
public enum PlatformMeasure
{
    /// <summary>Registrations active on the last day of the month (started, not ended by then).</summary>
    Active,

    /// <summary>Registrations inactive on the last day of the month: started, and ended on or before that day.</summary>
    Inactive,

    /// <summary>Registrations whose first day lies in the month.</summary>
    New,

    /// <summary>Registrations whose last day lies in the month, by reason.</summary>
    Ended,
}
