using NodaTime;

namespace Overgang.Web.Quality;

/// <summary>An inspection to record: the day, who inspected, notes, and per criterion <c>met</c>, <c>not-met</c> or <c>not-assessed</c>.</summary>
/// <param name="Date">The inspection day (not in the future).</param>
/// <param name="Inspector">Who inspected.</param>
/// <param name="Notes">Notes, or empty.</param>
/// <param name="Findings">Criterion id to finding; at least one.</param>
public sealed record InspectionInput(LocalDate? Date, string? Inspector, string? Notes, IReadOnlyDictionary<string, string>? Findings);

/// <summary>A complaint to record.</summary>
/// <param name="Received">The day it was received (not in the future).</param>
/// <param name="Category"><c>housing</c>, <c>facilities</c>, <c>safety</c>, <c>treatment</c>, <c>care</c> or <c>other</c>.</param>
/// <param name="Language"><c>uk</c>, <c>nl</c>, <c>en</c> or <c>ru</c>.</param>
/// <param name="Text">The complaint in the complainant's words.</param>
public sealed record ComplaintInput(LocalDate? Received, string? Category, string? Language, string? Text);

/// <summary>The next handling step of a complaint.</summary>
/// <param name="Status"><c>acknowledged</c> or <c>decided</c>.</param>
/// <param name="On">The day of the step (not in the future).</param>
/// <param name="Outcome">With <c>decided</c>: <c>upheld</c>, <c>partly-upheld</c>, <c>not-upheld</c> or <c>withdrawn</c>.</param>
public sealed record ComplaintStatusInput(string? Status, LocalDate? On, string? Outcome);

/// <summary>A planned conversion of places into housing.</summary>
/// <param name="Places">Places (at least 1, at most the location's capacity).</param>
/// <param name="Planned">The planned day.</param>
public sealed record ConversionInput(int? Places, LocalDate? Planned);

/// <summary>The day a planned conversion was done.</summary>
/// <param name="Done">The day (not in the future).</param>
public sealed record ConversionDoneInput(LocalDate? Done);

/// <summary>A period in which the location is set up for a target group.</summary>
/// <param name="Group"><c>displaced</c>, <c>status-holders</c> or <c>asylum-seekers</c>.</param>
/// <param name="From">First day.</param>
/// <param name="Until">Last day, or empty.</param>
public sealed record TargetGroupInput(string? Group, LocalDate? From, LocalDate? Until);

/// <summary>A reported count of residents of a group the registry holds no persons of.</summary>
/// <param name="Date">The day counted (not in the future).</param>
/// <param name="Group"><c>status-holders</c> or <c>asylum-seekers</c>.</param>
/// <param name="Residents">Residents.</param>
public sealed record OccupancyInput(LocalDate? Date, string? Group, int? Residents);
