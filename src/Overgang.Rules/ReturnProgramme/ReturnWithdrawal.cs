using NodaTime;
using Overgang.Rules.Transition;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>The end of participation in the return programme before departure (004:238-241).</summary>
/// <param name="On">The day participation ended.</param>
/// <param name="By">Who ended it: the person, the municipality, DTenV or the IND.</param>
public sealed record ReturnWithdrawal(LocalDate On, ActionOwner By);
