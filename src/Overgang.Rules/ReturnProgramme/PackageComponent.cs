namespace Overgang.Rules.ReturnProgramme;

/// <summary>A component of the return package (003:68, 004:196-212): what the participant is offered.</summary>
public enum PackageComponent
{
    /// <summary>The journey to Ukraine.</summary>
    TravelTicket,

    /// <summary>A cash contribution ("mogelijke financiële ondersteuning", 003:68).</summary>
    CashContribution,

    /// <summary>Reintegration support in kind (housing, work) in Ukraine.</summary>
    InKindReintegration,

    /// <summary>Help with the right travel and identity documents (003:68); no amount.</summary>
    Documentation,
}
