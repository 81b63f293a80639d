namespace Overgang.Web.Persons;

/// <summary>
/// A move to another place from a date: the placement holding the day before ends that day, the new one starts on
/// <paramref name="From"/> and lasts.
/// </summary>
/// <param name="Reception"><c>municipal</c>, <c>municipal-catering</c>, <c>coa</c>, <c>private</c> or <c>own-home</c>.</param>
/// <param name="LocationId">The reception location (for <c>municipal</c>, <c>municipal-catering</c> and <c>coa</c>); it must lie in the person's municipality.</param>
/// <param name="Address">The address (for <c>private</c> and <c>own-home</c>).</param>
/// <param name="From">ISO date of the first day at the new place.</param>
/// <param name="WholeHousehold">Move every member of the person's household.</param>
public sealed record PlacementMove(string? Reception, string? LocationId, string? Address, string? From, bool? WholeHousehold);
