using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;

namespace Overgang.Registry.Runs;

/// <summary>
/// What a run's results follow from, in one line: kind, date or month, parameter version and the registry's state. Two
/// runs with the same fingerprint give the same results, so a finished one is reused rather than stored again.
/// </summary>
/// <remarks>
/// <para>The registry's state is its revision (<see cref="RegistryRevision"/>), raised in the same transaction as every
/// change of the facts: an import that inserts or updates a row, the population load, and every change through EF Core
/// (the web's edits), which <see cref="RegistryContext"/> counts itself. A monthly run also reads the stored decisions,
/// so its fingerprint adds the decisions runs: the newest one's id and the chunks committed by all of them (a new or
/// resumed decisions run changes it; a reused one does not).</para>
/// <para>Two queries on small tables (one row, and the runs), whatever the population's size.</para>
/// </remarks>
public static class RunFingerprint
{
    /// <summary>The fingerprint of a run of a kind for an argument with a parameter version, on the registry as it is now.</summary>
    public static string Of(RegistryContext context, string kind, string argument, string parameterVersion)
    {
        ArgumentNullException.ThrowIfNull(context);
        var revision = context.Revision.AsNoTracking().Where(r => r.Id == 1).Select(r => (long?)r.Value).FirstOrDefault() ?? 0;
        var text = string.Create(CultureInfo.InvariantCulture, $"{kind} {argument} parameters {parameterVersion} registry r{revision}");
        if (kind == RunKinds.Allowance)
        {
            var decisions = context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions).Select(r => new { r.Id, r.Chunks }).ToList();
            text += string.Create(CultureInfo.InvariantCulture, $" decisions {decisions.Select(r => r.Id).DefaultIfEmpty().Max()}/{decisions.Sum(r => (long)r.Chunks)}");
        }

        return text;
    }

    /// <summary>Raises the registry's revision, in the caller's transaction: after a bulk write of facts.</summary>
    public static void Bump(RegistryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Database.ExecuteSqlRaw(BumpSql);
    }

    /// <summary>Raises the registry's revision, in the caller's transaction.</summary>
    public static async Task BumpAsync(RegistryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Database.ExecuteSqlRawAsync(BumpSql, cancellationToken).ConfigureAwait(false);
    }

    private const string BumpSql = "UPDATE registry_revision SET \"Value\" = \"Value\" + 1 WHERE \"Id\" = 1";
}
