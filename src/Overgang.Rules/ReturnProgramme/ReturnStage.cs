namespace Overgang.Rules.ReturnProgramme;

/// <summary>Where a participant stands in the return programme on a day.</summary>
public enum ReturnStage
{
    /// <summary>Enrolled with an agreed departure date that has not yet passed.</summary>
    Enrolled,

    /// <summary>Enrolled without an agreed departure date: the date is to be agreed.</summary>
    DateToBeAgreed,

    /// <summary>The agreed departure date has passed without a confirmed departure.</summary>
    AgreedDatePassed,

    /// <summary>Participation ended before departure.</summary>
    Withdrawn,

    /// <summary>Departure confirmed.</summary>
    Departed,
}
