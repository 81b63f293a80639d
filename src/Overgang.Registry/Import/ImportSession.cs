using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>
/// The writing side of one file's import, inside its transaction: collects new and changed rows with the line they come
/// from, appends their audit entries to the chain, and writes them in batches through a <see cref="Storage.BulkWriter"/>.
/// </summary>
/// <remarks>
/// A row changed twice before its batch is written (a person in two relation rows) is written once, in its final state;
/// a person's version goes up once per batch and the update checks the stored version, so an edit made elsewhere during
/// the import fails the import instead of being overwritten.
/// </remarks>
internal sealed class ImportSession : IDisposable
{
    private const int BatchSize = 5000;
    private readonly AuditChain _chain;
    private readonly Instant _at;
    private readonly string _actor;
    private readonly string _reason;
    private readonly Storage.BulkWriter _writer;
    private readonly List<Operation> _operations = [];
    private readonly Dictionary<object, int> _pending = new(ReferenceEqualityComparer.Instance);

    public ImportSession(RegistryContext context, Instant at, string actor, string reason)
    {
        _chain = AuditChain.After(context);
        _at = at;
        _actor = actor;
        _reason = reason;
        _writer = new Storage.BulkWriter(context);
    }

    /// <summary>The moment of the import (the time stamp of its rows and audit entries).</summary>
    public Instant At => _at;

    /// <summary>The lines of the rows whose write failed: one when the database named the row, else those of the failed batch.</summary>
    public IReadOnlyList<int> FailedLines { get; private set; } = [];

    public void Insert(object entity, int line) => Add(new Operation(entity, true, null, line));

    /// <summary>Marks a stored row as changed; every column is written.</summary>
    public void Update(object entity, int line)
    {
        if (!_pending.ContainsKey(entity))
        {
            Add(new Operation(entity, false, null, line));
        }
    }

    /// <summary>Marks a person as changed and increments its version once per batch, checked against the stored version.</summary>
    public void Update(Person person, int line)
    {
        if (!_pending.ContainsKey(person))
        {
            var stored = person.Version;
            person.Version = stored + 1;
            Add(new Operation(person, false, stored, line));
        }
    }

    /// <summary>Updates a row with a version column, only if the stored version still is <paramref name="originalVersion"/> (the caller has raised the entity's version).</summary>
    public void Update(object entity, long originalVersion, int line)
    {
        if (!_pending.ContainsKey(entity))
        {
            Add(new Operation(entity, false, originalVersion, line));
        }
    }

    public void Audit(string action, string subject, string data, int line) =>
        Insert(_chain.Next(new AuditRecord(_actor, action, subject, _reason, data), _at), line);

    /// <summary>Writes when a batch is full.</summary>
    public void SaveIfFull()
    {
        if (_operations.Count >= BatchSize)
        {
            Save();
        }
    }

    public void Save()
    {
        try
        {
            foreach (var operation in _operations)
            {
                if (operation.Insert)
                {
                    _writer.Insert(operation.Entity);
                }
                else
                {
                    _writer.Update(operation.Entity, operation.OriginalVersion);
                }
            }

            _writer.Flush();
        }
        catch
        {
            FailedLines = _writer.Failed is { } failed
                ? [_pending[failed]]
                : [.. _writer.LastBatch.Select(e => _pending[e]).Distinct().Order()];
            throw;
        }

        _operations.Clear();
        _pending.Clear();
    }

    public void Dispose() => _writer.Dispose();

    private void Add(Operation operation)
    {
        _operations.Add(operation);
        _pending[operation.Entity] = operation.Line;
    }

    private sealed record Operation(object Entity, bool Insert, long? OriginalVersion, int Line);
}
