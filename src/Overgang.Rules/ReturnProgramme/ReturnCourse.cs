using NodaTime;

namespace Overgang.Rules.ReturnProgramme;

/// <summary>A reconstruction or skills course followed within the return programme (004:205-212), both days included.</summary>
/// <param name="Kind">The kind of course.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
public sealed record ReturnCourse(CourseKind Kind, LocalDate From, LocalDate To);
