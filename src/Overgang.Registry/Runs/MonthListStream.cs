using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Files;
using Overgang.Registry.Model;

namespace Overgang.Registry.Runs;

/// <summary>
/// The month's lists written while a monthly run goes: every committed chunk's payments are added to the lists
/// (<see cref="MonthLists.Builder"/>) in chunk order, so the lists are done when the run is, without reading every payment
/// again. Chunks committed out of order (several workers) wait for the ones before them, a few at most; when that is not
/// enough, or a payment does not sort after the ones before it, or a code cannot name a file, the lists are given up and
/// written from the stored payments after the run instead, which gives the same files.
/// </summary>
internal sealed class MonthListStream(string folder, YearMonth month, RegistryDatabase database) : IDisposable
{
    /// <summary>Chunks that wait for an earlier one at most; beyond, the stream gives up (memory stays bounded).</summary>
    private const int MaxWaiting = 8;

    private readonly MonthLists.Builder _builder = new(folder, month, key =>
    {
        using var context = database.Open();
        return StoredExplanations.Texts(context, key);
    });
    private readonly SortedDictionary<int, IReadOnlyList<PaymentRecord>> _waiting = [];
    private int _next;
    private bool _failed;

    /// <summary>Adds a committed chunk's payments (called in commit order, one call at a time).</summary>
    public void Add(int index, ChunkOutcome outcome)
    {
        if (_failed)
        {
            return;
        }

        _waiting[index] = outcome.Payments;
        while (_waiting.Remove(_next, out var payments))
        {
            foreach (var payment in payments.OrderBy(p => p.MunicipalityCode, StringComparer.Ordinal).ThenBy(p => p.HouseholdId, StringComparer.Ordinal))
            {
                if (!Add(payment))
                {
                    Fail();
                    return;
                }
            }

            _next++;
        }

        if (_waiting.Count > MaxWaiting)
        {
            Fail();
        }
    }

    /// <summary>Finishes the lists when every chunk of the run was added; false when they must be written from the stored payments.</summary>
    public bool TryFinish(RegistryDatabase database, out IReadOnlyList<MonthListTotal> lists)
    {
        lists = [];
        if (_failed || _waiting.Count > 0)
        {
            return false;
        }

        using var context = database.Open();
        var names = context.Municipalities.AsNoTracking().ToDictionary(m => m.Code, m => m.Name);
        lists = _builder.Finish(names);
        return true;
    }

    /// <summary>Deletes the partial files of lists not finished.</summary>
    public void Dispose() => _builder.Dispose();

    private bool Add(PaymentRecord payment)
    {
        try
        {
            return _builder.Add(payment);
        }
        catch (UnsafeFileNameException)
        {
            // Refused with no file written by the lists from the stored payments, as ever.
            return false;
        }
    }

    private void Fail()
    {
        _failed = true;
        _waiting.Clear();
        _builder.Dispose();
    }
}
