using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;

namespace Overgang.Registry.Storage;

/// <summary>
/// The one mapping of audit entries to their stored form: sets each entry's numbers of its actor, action and reason
/// (<see cref="AuditEntry.ActorText"/>, ...), and of its data if a batch run wrote it (<see cref="AuditEntry.DataText"/>;
/// any other entry's data goes into <see cref="AuditEntry.StoredData"/> as it is), storing a text in <c>audit_text</c>
/// the first time it occurs. Called by
/// <see cref="RegistryContext.SaveChanges(bool)"/> for added entries and by <see cref="BulkWriter"/> before it inserts
/// entries, in the transaction that stores them; <see cref="RegistryContext.Audit"/> reads the texts back.
/// </summary>
/// <remarks>
/// A new text is inserted with <c>ON CONFLICT DO NOTHING</c> (SQLite and PostgreSQL alike) and read back, so two writers
/// storing the same new text at once both get its one number. The numbers known are kept for the life of the instance, which
/// must not outlive the transaction that stored them (a rolled-back text has no row).
/// <para>
/// Which data is shared: that of a batch run's entries (actor <c>system:run/…</c>), the outcome of the rules in a few
/// values (<c>{"path":"return-programme","status":"decided"}</c>, a payment's outcome and amounts) repeated for every
/// person or household of the run. Not that of other entries: a generated or imported person's data names its household
/// and is unique to it, and a table of texts would hold it twice (the text and its unique index).
/// </para>
/// </remarks>
internal sealed class AuditTexts(RegistryContext context)
{
    private const int ReadBatch = 500;

    /// <summary>The start of a batch run's actor (<c>system:run/42</c>): the entries whose data is stored by number.</summary>
    private const string RunActor = "system:run/";
    private readonly Dictionary<string, int> _known = new(StringComparer.Ordinal);

    /// <summary>Sets the numbers of <paramref name="entries"/> once, in the context's current transaction.</summary>
    public static void Number(RegistryContext context, IEnumerable<AuditEntry> entries) => new AuditTexts(context).Number(entries);

    /// <summary>Sets the numbers of <paramref name="entries"/>, storing the texts not stored yet.</summary>
    public void Number(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries as IReadOnlyCollection<AuditEntry> ?? [.. entries];
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            Want(entry.Actor);
            Want(entry.Action);
            Want(entry.Reason);
            if (Shared(entry))
            {
                Want(entry.Data);
            }
        }

        if (missing.Count > 0)
        {
            Load(missing);
        }

        foreach (var entry in list)
        {
            entry.ActorText = _known[entry.Actor];
            entry.ActionText = _known[entry.Action];
            entry.ReasonText = _known[entry.Reason];
            var shared = Shared(entry);
            entry.DataText = shared ? _known[entry.Data] : null;
            entry.StoredData = shared ? "" : entry.Data;
        }

        void Want(string text)
        {
            if (!_known.ContainsKey(text))
            {
                missing.Add(text);
            }
        }
    }

    /// <summary>Whether the entry's data is stored by number: a batch run wrote it.</summary>
    private static bool Shared(AuditEntry entry) => entry.Actor.StartsWith(RunActor, StringComparison.Ordinal);

    private void Load(SortedSet<string> texts)
    {
        Read(texts);
        texts.RemoveWhere(_known.ContainsKey);
        if (texts.Count == 0)
        {
            return;
        }

        // In order, so that two writers adding the same new texts wait for each other rather than deadlock (PostgreSQL).
        foreach (var text in texts)
        {
            context.Database.ExecuteSql($"INSERT INTO audit_text (\"Text\") VALUES ({text}) ON CONFLICT (\"Text\") DO NOTHING");
        }

        Read(texts);
        if (texts.FirstOrDefault(t => !_known.ContainsKey(t)) is { } lost)
        {
            throw new InvalidOperationException($"the audit text '{lost}' was stored but cannot be read back");
        }
    }

    private void Read(IEnumerable<string> texts)
    {
        foreach (var chunk in texts.Chunk(ReadBatch))
        {
            foreach (var row in context.AuditTexts.AsNoTracking().Where(t => chunk.Contains(t.Text)).Select(t => new { t.Id, t.Text }))
            {
                _known[row.Text] = row.Id;
            }
        }
    }
}
