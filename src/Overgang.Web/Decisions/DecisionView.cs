using System.Text.Json;
using NodaTime;

namespace Overgang.Web.Decisions;

/// <summary>A stored transition decision with its explanation.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="RunId">The decisions run.</param>
/// <param name="Date">The decision date.</param>
/// <param name="Path">The path (contract names).</param>
/// <param name="Status"><c>decided</c> or <c>pending</c>.</param>
/// <param name="ValidFrom">First day of a granted document.</param>
/// <param name="ValidUntil">Last day of a granted document.</param>
/// <param name="ParameterVersion">The parameter version used.</param>
/// <param name="Explanation">Reasons, actions, flags and tasks: the person's entry of the <c>decide</c> output.</param>
public sealed record DecisionView(string PersonId, long RunId, LocalDate Date, string Path, string Status, LocalDate? ValidFrom, LocalDate? ValidUntil, string ParameterVersion, JsonElement Explanation);
