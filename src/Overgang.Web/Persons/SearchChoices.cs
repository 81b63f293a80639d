using System.Collections.Immutable;

namespace Overgang.Web.Persons;

/// <summary>The values the search form offers for its filters, within the caller's scope.</summary>
/// <param name="Municipalities">Municipalities (code, name), by name; only the caller's own for a case worker.</param>
/// <param name="Locations">Reception locations (id, name) of the municipality searched in, by name; empty without one.</param>
public sealed record SearchChoices(ImmutableArray<KeyValuePair<string, string>> Municipalities, ImmutableArray<KeyValuePair<string, string>> Locations);
