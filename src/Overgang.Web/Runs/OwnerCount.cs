namespace Overgang.Web.Runs;

/// <summary>Open actions of one owner.</summary>
/// <param name="Owner"><c>person</c>, <c>ind</c>, <c>municipality</c> or <c>insurer</c>.</param>
/// <param name="Actions">How many.</param>
public sealed record OwnerCount(string Owner, int Actions);
