using System.Collections.Immutable;
using Overgang.Registry.Import;

namespace Overgang.Web.WorkQueue;

/// <summary>A result file of public-order checks, checked (and, when confirmed, recorded).</summary>
/// <param name="Passed">Persons whose check passed.</param>
/// <param name="Failed">Persons whose check failed.</param>
/// <param name="Names">The persons' names, for the confirmation.</param>
/// <param name="Rejections">Why the file is refused, by line; empty when it can be recorded.</param>
/// <param name="Recorded">Whether the outcomes were recorded.</param>
public sealed record WorkQueueChecks(int Passed, int Failed, ImmutableArray<string> Names, ImmutableArray<ImportRejection> Rejections, bool Recorded);
