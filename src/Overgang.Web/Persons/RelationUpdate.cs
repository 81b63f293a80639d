namespace Overgang.Web.Persons;

/// <summary>
/// A relation of the person to add or to end. The registry holds the current relations: an ended relation is removed
/// from then on (the change and its day are in the case file's history).
/// </summary>
/// <param name="Action"><c>add</c> or <c>end</c>.</param>
/// <param name="Relation"><c>partner</c>; <c>parent</c> (the related person is a parent or guardian of the person); or <c>child</c> (the person is a parent or guardian of the related person).</param>
/// <param name="RelatedId">The related person, in the same registered household.</param>
public sealed record RelationUpdate(string? Action, string? Relation, string? RelatedId);
