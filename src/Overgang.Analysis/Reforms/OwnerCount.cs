namespace Overgang.Analysis.Reforms;

/// <summary>Pending actions owned by one party (the person, the IND, a municipality, ...).</summary>
/// <param name="Owner">The owner's contract name.</param>
/// <param name="Actions">The number of pending actions.</param>
public sealed record OwnerCount(string Owner, int Actions);
