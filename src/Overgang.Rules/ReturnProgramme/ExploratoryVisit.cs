using NodaTime;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>A recorded exploratory visit to Ukraine (002:850-860), both days included.</summary>
/// <param name="From">The first day away.</param>
/// <param name="To">The last day away.</param>
public sealed record ExploratoryVisit(LocalDate From, LocalDate To)
{
    /// <summary>Whether the visit covers a day.</summary>
    public bool Covers(LocalDate day) => day >= From && day <= To;
}
