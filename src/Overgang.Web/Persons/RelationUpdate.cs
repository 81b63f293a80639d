namespace Overgang.Web.Persons;

/// <summary>
/// A relation of the person to add or to end (docs/adr/0014-dated-relations.md). A relation added from a day is in force
/// from that day; one ended on a day stays in force up to that day, so the months before keep their household. An end
/// without a day removes the relation as if it was never recorded (a correction; the change is in the case file's history).
/// </summary>
/// <param name="Action"><c>add</c> or <c>end</c>.</param>
/// <param name="Relation"><c>partner</c>; <c>parent</c> (the related person is a parent or guardian of the person); or <c>child</c> (the person is a parent or guardian of the related person).</param>
/// <param name="RelatedId">The related person, in the same registered household.</param>
/// <param name="From">For <c>add</c>: ISO date of the relation's first day; empty for an unknown start (in force on every earlier day).</param>
/// <param name="To">For <c>end</c>: ISO date of the relation's last day; empty to remove a relation recorded in error.</param>
public sealed record RelationUpdate(string? Action, string? Relation, string? RelatedId, string? From = null, string? To = null);
