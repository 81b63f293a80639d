using System.Collections.Immutable;

namespace Overgang.Web.Locations;

/// <summary>What reading one location gave: the detail (with the persons it names, to audit), nothing, or a refusal.</summary>
internal abstract record DetailOutcome
{
    private DetailOutcome()
    {
    }

    /// <summary>The location, and the persons whose names it shows.</summary>
    public sealed record Found(LocationDetail Detail, ImmutableArray<string> NamedPersons) : DetailOutcome;

    /// <summary>No such location.</summary>
    public sealed record Missing : DetailOutcome;

    /// <summary>The location is in a municipality outside the caller's scope.</summary>
    public sealed record OutOfScope : DetailOutcome;
}
