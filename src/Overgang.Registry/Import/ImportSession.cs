using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>
/// The writing side of one file's import, inside its transaction: tracks new and changed rows with the line they come
/// from, appends their audit entries to the chain, and saves in batches (change detection off, tracker cleared after
/// each batch) so that memory and time stay flat for large files.
/// </summary>
internal sealed class ImportSession
{
    private const int BatchSize = 5000;
    private readonly AuditChain _chain;
    private readonly Instant _at;
    private readonly string _actor;
    private readonly string _reason;
    private readonly Dictionary<object, int> _lines = new(ReferenceEqualityComparer.Instance);

    public ImportSession(RegistryContext context, Instant at, string actor, string reason)
    {
        Context = context;
        _chain = AuditChain.After(context);
        _at = at;
        _actor = actor;
        _reason = reason;
    }

    public RegistryContext Context { get; }

    /// <summary>The lines of the rows in the batch being saved, for naming them when the database refuses the batch.</summary>
    public IReadOnlyDictionary<object, int> PendingLines => _lines;

    public void Insert(object entity, int line)
    {
        Context.Add(entity);
        _lines[entity] = line;
    }

    /// <summary>Marks a stored (or earlier saved) row as changed; every column is written.</summary>
    public void Update(object entity, int line)
    {
        if (Context.Entry(entity).State == EntityState.Detached)
        {
            Context.Update(entity);
        }

        _lines[entity] = line;
    }

    /// <summary>Marks a person as changed and increments its version once per batch, checked against the stored version.</summary>
    public void Update(Person person, int line)
    {
        var entry = Context.Entry(person);
        if (entry.State == EntityState.Detached)
        {
            var stored = person.Version;
            person.Version = stored + 1;
            Context.Update(person);
            entry.Property(p => p.Version).OriginalValue = stored;
        }

        _lines[person] = line;
    }

    public void Audit(string action, string subject, string data, int line)
    {
        var entry = _chain.Next(new AuditRecord(_actor, action, subject, _reason, data), _at);
        Context.Audit.Add(entry);
        _lines[entry] = line;
    }

    /// <summary>Saves when a batch is full.</summary>
    public void SaveIfFull()
    {
        if (_lines.Count >= BatchSize)
        {
            Save();
        }
    }

    public void Save()
    {
        if (_lines.Count == 0)
        {
            return;
        }

        Context.SaveChanges();
        Context.ChangeTracker.Clear();
        _lines.Clear();
    }
}
