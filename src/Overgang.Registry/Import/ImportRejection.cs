namespace Overgang.Registry.Import;

/// <summary>Why a row (or a whole file) was not imported.</summary>
/// <param name="Line">The line in the file, from 1 for the header line; a quoted value spanning lines counts from its first line.</param>
/// <param name="Field">The column at fault, <c>row</c> for the row as a whole, or <c>file</c> for the whole file.</param>
/// <param name="Reason">What is wrong, in words a registry clerk can act on.</param>
public sealed record ImportRejection(int Line, string Field, string Reason);
