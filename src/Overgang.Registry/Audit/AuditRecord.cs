namespace Overgang.Registry.Audit;

/// <summary>What an audit entry says, before it is placed in the chain.</summary>
/// <param name="Actor">Who: a user name, or <c>system:run/42</c>, <c>import:persons.csv</c>.</param>
/// <param name="Action">What: <c>person.create</c>, <c>person.update</c>, <c>person.read</c>, <c>decision.record</c>, ...</param>
/// <param name="Subject">Whose record: a person id, or <c>run/42</c>.</param>
/// <param name="Reason">Why.</param>
/// <param name="Data">What changed, as JSON, or empty.</param>
public sealed record AuditRecord(string Actor, string Action, string Subject, string Reason, string Data);
