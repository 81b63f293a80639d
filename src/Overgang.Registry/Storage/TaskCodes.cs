using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Overgang.Registry.Storage;

/// <summary>
/// A task's kind, owner and status (<see cref="Model.CaseTask"/>) stored as small numbers instead of their names: each is
/// in the task row and in both of its indexes, 209,063 tasks after <c>demo</c> (docs/adr/0010-stored-decisions.md).
/// The model reads and writes the names; EF Core and, through the model, <see cref="BulkWriter"/> store the numbers.
/// </summary>
/// <remarks>
/// A number is a name's position in its list: a stored number must keep its meaning, so a new name is only ever added at
/// the end. The lists are in ordinal order, so the numbers sort as the names do. A name not in its list cannot be stored:
/// the converter names the column and the value. A decision's path and status are stored the same way
/// (<see cref="DecisionCodes"/>).
/// </remarks>
internal static class TaskCodes
{
    /// <summary><see cref="Model.CaseTask.Kind"/>: outstanding before a decision, or following from it.</summary>
    public static readonly ImmutableArray<string> Kinds = ["action", "follow-up"];

    /// <summary><see cref="Model.CaseTask.Owner"/>: the contract names of <c>Overgang.Rules.Transition.ActionOwner</c>.</summary>
    public static readonly ImmutableArray<string> Owners = ["dtenv", "ind", "insurer", "municipality", "person"];

    /// <summary><see cref="Model.CaseTask.Status"/>.</summary>
    public static readonly ImmutableArray<string> Statuses = ["done", "open"];

    /// <summary>The number of <paramref name="name"/> in <paramref name="names"/>.</summary>
    public static short Code(ImmutableArray<string> names, string name, string column)
    {
        var code = names.IndexOf(name);
        return code >= 0 ? (short)code
            : throw new ArgumentException($"{column} '{name}' has no stored code: one of {string.Join(", ", names)}", nameof(name));
    }

    /// <summary><see cref="Model.CaseTask.Kind"/> as its number.</summary>
    internal sealed class Kind() : ValueConverter<string, short>(name => Code(Kinds, name, "task kind"), code => Kinds[code]);

    /// <summary><see cref="Model.CaseTask.Owner"/> as its number.</summary>
    internal sealed class Owner() : ValueConverter<string, short>(name => Code(Owners, name, "task owner"), code => Owners[code]);

    /// <summary><see cref="Model.CaseTask.Status"/> as its number.</summary>
    internal sealed class Status() : ValueConverter<string, short>(name => Code(Statuses, name, "task status"), code => Statuses[code]);
}
