using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Overgang.Registry.Storage;

/// <summary>
/// A decision's path and status (<see cref="Model.DecisionRecord"/>) stored as small numbers instead of their names, as a
/// task's kind, owner and status are (<see cref="TaskCodes"/>): the path is in every decision row, the status in the row
/// and in the index of a person's decisions (docs/adr/0010-stored-decisions.md, migration <c>RunRows</c>). The model
/// reads and writes the names; EF Core and, through the model, <see cref="BulkWriter"/> store the numbers, and a query
/// comparing a path or status with a name compares numbers.
/// </summary>
/// <remarks>
/// A number is a name's position in its list: a stored number keeps its meaning, so a new name is only ever added at the
/// end. The lists are in ordinal order, so the numbers sort as the names do. A name not in its list cannot be stored or
/// compared: the converter names the column and the value (the person search checks a path against
/// <c>TransitionNames.Paths</c> before it queries, and a test keeps that list and <see cref="Paths"/> the same).
/// </remarks>
internal static class DecisionCodes
{
    /// <summary><see cref="Model.DecisionRecord.Path"/>: the contract names of <c>Overgang.Rules.Transition.TransitionPath</c>.</summary>
    public static readonly ImmutableArray<string> Paths =
        ["asylum-procedure", "not-entitled", "other-status", "protection-ended", "return-programme", "transition-document"];

    /// <summary><see cref="Model.DecisionRecord.Status"/>.</summary>
    public static readonly ImmutableArray<string> Statuses = ["decided", "pending"];

    /// <summary><see cref="Model.DecisionRecord.Path"/> as its number.</summary>
    internal sealed class Path() : ValueConverter<string, short>(name => TaskCodes.Code(Paths, name, "decision path"), code => Paths[code]);

    /// <summary><see cref="Model.DecisionRecord.Status"/> as its number.</summary>
    internal sealed class Status() : ValueConverter<string, short>(name => TaskCodes.Code(Statuses, name, "decision status"), code => Statuses[code]);
}
