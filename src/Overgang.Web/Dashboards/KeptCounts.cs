using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Dashboards;

/// <summary>
/// Dashboard counts that the rules compute over many persons (DTenV's return programme: every enrolment, 40,000 on the
/// demo registry, 3.6 s; the IND's possible transitional stays: every person, 2.5 s), kept until the registry's revision
/// (<see cref="Registry.Model.RegistryRevision"/>, raised in the transaction of every change of a fact, the return
/// commitments and transitional stays among them) or the day changes. On the same facts and day the rules give the
/// same counts, so the kept ones stay exact. One computation at a time; a second request waits for it instead of
/// starting another.
/// </summary>
internal sealed class KeptCounts : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, object> _kept = new(StringComparer.Ordinal);
    private string _state = "";

    /// <summary>The counts of <paramref name="what"/> for the caller's role and scope, computed by <paramref name="count"/> when the registry or the day changed since they were kept.</summary>
    public async Task<CaseResult<T>> GetAsync<T>(RegistryContext context, IClock clock, Caller caller, string what, Func<Task<CaseResult<T>>> count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(count);
        var revision = await context.Revision.AsNoTracking().Where(r => r.Id == 1).Select(r => (long?)r.Value).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? 0;
        var state = string.Create(CultureInfo.InvariantCulture, $"{CaseClock.Today(clock):yyyy-MM-dd} r{revision}");
        var key = $"{what} {caller.Role} {caller.SearchMunicipality}";
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (state != _state)
            {
                // Counts of an older revision or day are never asked for again.
                _kept.Clear();
                _state = state;
            }

            if (_kept.TryGetValue(key, out var kept))
            {
                return new CaseResult<T>.Ok((T)kept);
            }

            var counted = await count().ConfigureAwait(false);
            if (counted is CaseResult<T>.Ok ok && ok.Value is { } value)
            {
                _kept[key] = value;
            }

            return counted;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
