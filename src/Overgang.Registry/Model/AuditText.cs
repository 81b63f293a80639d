namespace Overgang.Registry.Model;

/// <summary>
/// A text audit entries share (an actor, an action, a reason, or a batch run's data), stored once and referred to by its
/// number (<see cref="AuditEntry.ActorText"/>, <see cref="AuditEntry.ActionText"/>, <see cref="AuditEntry.ReasonText"/>,
/// <see cref="AuditEntry.DataText"/>).
/// </summary>
/// <remarks>Changing a text here changes what every entry that refers to it says: the chain's hashes cover the texts, so
/// verification finds it (docs/audit.md).</remarks>
public sealed class AuditText
{
    /// <summary>The number entries refer to, given by the database.</summary>
    public int Id { get; set; }

    /// <summary>The text, unique.</summary>
    public required string Text { get; set; }
}
