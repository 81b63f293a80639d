namespace Overgang.Web.SelfService;

/// <summary>A recorded transition decision, as the person sees it.</summary>
/// <param name="RunId">The decisions run that recorded it.</param>
/// <param name="Date">The decision date (ISO <c>yyyy-MM-dd</c>).</param>
/// <param name="Path">The path (contract names such as <c>transition-document</c>).</param>
/// <param name="Status"><c>decided</c> or <c>pending</c>.</param>
/// <param name="ValidFrom">First day of a granted document (ISO), else <c>null</c>.</param>
/// <param name="ValidUntil">Last day of a granted document (ISO), else <c>null</c>.</param>
/// <param name="ParameterVersion">The parameter version the decision used.</param>
public sealed record OwnDecision(long RunId, string Date, string Path, string Status, string? ValidFrom, string? ValidUntil, string ParameterVersion);
