namespace Overgang.Registry;

/// <summary>
/// Which persons each change of a part of the facts (<see cref="FactArea"/>) touched, as far as this process saw it: the
/// changes committed through <see cref="RegistryContext"/>'s <c>SaveChanges</c> on a context opened with this journal
/// (<see cref="RegistryDatabase.Open(FactJournal)"/>), by the value the change raised the area's counter to. A result kept
/// on an area can then be brought up to date for those persons alone instead of computed again (issue 14 item 9).
/// </summary>
/// <remarks>
/// <para>A change is recorded only after its own transaction committed, with the counter values its upsert returned
/// (<see cref="FactAreas"/>): a counter value belongs to exactly one committed change, so a value recorded here is that
/// change. A change not recorded (another process's, one made in a caller's transaction, a bulk write, one that may touch
/// any person: a municipality, a location, a person added or removed) leaves a gap, and <see cref="Persons"/> answers
/// <c>null</c> across a gap: the kept result must be computed again.</para>
/// <para>One instance per application and database; the oldest entries are let go beyond <see cref="MostEntries"/>.</para>
/// </remarks>
public sealed class FactJournal
{
    /// <summary>The most changes remembered.</summary>
    public const int MostEntries = 4096;

    private readonly Lock _sync = new();
    private readonly Dictionary<(FactArea Area, long Counter), HashSet<string>?> _entries = [];
    private readonly Queue<(FactArea Area, long Counter)> _order = new();

    /// <summary>
    /// The persons whose facts of <paramref name="area"/> the changes after counter value <paramref name="from"/> up to
    /// and including <paramref name="to"/> touched, or <c>null</c> when one of those changes is not known here or may
    /// have touched anyone.
    /// </summary>
    public IReadOnlySet<string>? Persons(FactArea area, long from, long to)
    {
        if (to < from || to - from > MostEntries)
        {
            return null;
        }

        var persons = new HashSet<string>(StringComparer.Ordinal);
        lock (_sync)
        {
            for (var counter = from + 1; counter <= to; counter++)
            {
                if (!_entries.TryGetValue((area, counter), out var touched) || touched is null)
                {
                    return null;
                }

                persons.UnionWith(touched);
            }
        }

        return persons;
    }

    /// <summary>Records a committed change: the value it raised each area's counter to, and the persons it touched in each (<c>null</c>: anyone).</summary>
    internal void Record(IReadOnlyDictionary<FactArea, long> raised, IReadOnlyDictionary<FactArea, HashSet<string>?> touched)
    {
        lock (_sync)
        {
            foreach (var (area, counter) in raised)
            {
                if (_entries.TryAdd((area, counter), touched.GetValueOrDefault(area)))
                {
                    _order.Enqueue((area, counter));
                }
                else
                {
                    // The same value twice (a registry made anew under a running application): nothing known of either.
                    _entries[(area, counter)] = null;
                }
            }

            while (_order.Count > MostEntries)
            {
                _entries.Remove(_order.Dequeue());
            }
        }
    }
}
