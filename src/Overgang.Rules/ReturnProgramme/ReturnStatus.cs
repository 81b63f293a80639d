using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>Where an enrolment stands on a day, what follows and why (<see cref="ReturnRules.Evaluate"/>).</summary>
/// <param name="Date">The day evaluated.</param>
/// <param name="Stage">The stage on that day.</param>
/// <param name="ProvisionsLastDay">The last day of the provisions tied to the programme, or <c>null</c> when it is not (yet) known.</param>
/// <param name="Steps">The follow-up steps, with owner and due date.</param>
/// <param name="Package">The package components with their amounts.</param>
/// <param name="Missing">Parameters the evaluation needed but that are unknown: the outputs that need them say so.</param>
/// <param name="Explanation">Every rule applied, with its reference.</param>
/// <param name="IsProvisional">Whether a due date or day rests on a provisional value or an assumption of this project.</param>
public sealed record ReturnStatus(
    LocalDate Date,
    ReturnStage Stage,
    LocalDate? ProvisionsLastDay,
    ImmutableArray<ReturnStep> Steps,
    ImmutableArray<PackageLine> Package,
    ImmutableArray<MissingParameter> Missing,
    ImmutableArray<ExplanationItem> Explanation,
    bool IsProvisional)
{
    /// <summary>Whether the person is on the return path (enrolled, not withdrawn, not departed).</summary>
    public bool OnReturnPath => Stage is ReturnStage.Enrolled or ReturnStage.DateToBeAgreed or ReturnStage.AgreedDatePassed;
}
