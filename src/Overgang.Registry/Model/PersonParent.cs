namespace Overgang.Registry.Model;

/// <summary>A responsible adult (parent or guardian) of a person.</summary>
public sealed class PersonParent
{
    /// <summary>The child.</summary>
    public required string PersonId { get; set; }

    /// <summary>The responsible adult.</summary>
    public required string ParentId { get; set; }
}
