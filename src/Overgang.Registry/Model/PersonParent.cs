using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A current responsible adult (parent or guardian) of a person: in force from <see cref="Since"/> on; an ended one is an
/// <see cref="EndedRelation"/>.
/// </summary>
public sealed class PersonParent
{
    /// <summary>The child.</summary>
    public required string PersonId { get; set; }

    /// <summary>The responsible adult.</summary>
    public required string ParentId { get; set; }

    /// <summary>First day, or <c>null</c> when unknown (recorded before relations were dated): in force on every earlier day.</summary>
    public LocalDate? Since { get; set; }
}
