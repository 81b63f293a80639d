using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A responsible adult (parent or guardian) of a person, in force from <see cref="Since"/> to <see cref="Until"/>
/// (<c>Overgang.Rules.Households.RelationsOnDay</c>). The pair is the key: a responsible adult whose relation ended cannot
/// be recorded again for the same person (docs/adr/0014-dated-relations.md).
/// </summary>
public sealed class PersonParent
{
    /// <summary>The child.</summary>
    public required string PersonId { get; set; }

    /// <summary>The responsible adult.</summary>
    public required string ParentId { get; set; }

    /// <summary>First day, or <c>null</c> when unknown (recorded before relations were dated): in force on every earlier day.</summary>
    public LocalDate? Since { get; set; }

    /// <summary>The last day, or <c>null</c> while the relation lasts (a current relation).</summary>
    public LocalDate? Until { get; set; }
}
